import { defineStrings } from './define.js';

export const link = defineStrings({
  // Read after the link text when the link opens in a new tab or window.
  nb: { newTab: '(åpner i ny fane)' },
  nn: { newTab: '(opnar i ny fane)' },
  en: { newTab: '(opens in a new tab)' },
});
