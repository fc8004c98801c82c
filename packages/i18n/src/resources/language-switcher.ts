import { defineStrings } from './define.js';

export const languageSwitcher = defineStrings({
  nb: {
    label: 'Velg språk',
    // Shown in the target language, before that language's name.
    changeTo: 'Bytt språk til',
    current: 'Valgt språk',
    // The menu variant's button: the word for language and the current language's code.
    menuButton: 'Språk ({{code}})',
    selectLabel: 'Språk',
    apply: 'Bytt',
  },
  nn: {
    label: 'Vel språk',
    changeTo: 'Byt språk til',
    current: 'Valt språk',
    menuButton: 'Språk ({{code}})',
    selectLabel: 'Språk',
    apply: 'Byt',
  },
  en: {
    label: 'Choose language',
    changeTo: 'Change language to',
    current: 'Current language',
    menuButton: 'Language ({{code}})',
    selectLabel: 'Language',
    apply: 'Change',
  },
});
