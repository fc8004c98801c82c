import { defineStrings } from './define.js';

export const dialog = defineStrings({
  nb: { close: 'Lukk' },
  nn: { close: 'Lukk' },
  en: { close: 'Close' },
});
