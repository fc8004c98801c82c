import { defineStrings } from './define.js';

// Hidden prefixes read before an alert's text, so its kind is not told by colour and icon alone.
export const alert = defineStrings({
  nb: { info: 'Informasjon:', success: 'Fullført:', warning: 'Advarsel:', danger: 'Feil:' },
  nn: { info: 'Informasjon:', success: 'Fullført:', warning: 'Åtvaring:', danger: 'Feil:' },
  en: { info: 'Information:', success: 'Success:', warning: 'Warning:', danger: 'Error:' },
});
