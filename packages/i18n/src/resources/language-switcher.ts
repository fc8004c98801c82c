import { defineStrings } from './define.js';

export const languageSwitcher = defineStrings({
  nb: {
    label: 'Velg språk',
    // Shown in the target language, before that language's name.
    changeTo: 'Bytt språk til',
    current: 'Valgt språk',
  },
  nn: {
    label: 'Vel språk',
    changeTo: 'Byt språk til',
    current: 'Valt språk',
  },
  en: {
    label: 'Choose language',
    changeTo: 'Change language to',
    current: 'Current language',
  },
});
