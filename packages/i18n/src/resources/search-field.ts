import { defineStrings } from './define.js';

export const searchField = defineStrings({
  nb: { label: 'Søk', clear: 'Tøm søkefeltet', submit: 'Søk' },
  nn: { label: 'Søk', clear: 'Tøm søkefeltet', submit: 'Søk' },
  en: { label: 'Search', clear: 'Clear search', submit: 'Search' },
});
