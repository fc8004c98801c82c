import { defineStrings } from './define.js';

export const skipLink = defineStrings({
  nb: { label: 'Hopp til hovedinnholdet' },
  nn: { label: 'Hopp til hovudinnhaldet' },
  en: { label: 'Skip to main content' },
});
