import { defineStrings } from './define.js';

// Shared by every form control: the markers after a label or legend, and the hidden word
// before an error message so a screen reader says it is an error, not just more text.
export const field = defineStrings({
  nb: {
    optional: '(valgfritt)',
    required: '(må fylles ut)',
    errorPrefix: 'Feil:',
  },
  nn: {
    optional: '(valfritt)',
    required: '(må fyllast ut)',
    errorPrefix: 'Feil:',
  },
  en: {
    optional: '(optional)',
    required: '(required)',
    errorPrefix: 'Error:',
  },
});
