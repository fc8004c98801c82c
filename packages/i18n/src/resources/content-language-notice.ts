import { defineStrings } from './define.js';

// {{language}} is the name of a language in the reader's chosen language, lower case in
// Norwegian ("bokmål", "engelsk"), as it stands in running text.
export const contentLanguageNotice = defineStrings({
  nb: {
    onlyIn: 'Denne siden finnes bare på {{language}}.',
    notIn: 'Denne siden finnes ikke på {{language}}.',
    alsoIn: 'Les siden på:',
    languageNames: {
      nb: 'bokmål',
      nn: 'nynorsk',
      en: 'engelsk',
      se: 'nordsamisk',
    },
  },
  nn: {
    onlyIn: 'Denne sida finst berre på {{language}}.',
    notIn: 'Denne sida finst ikkje på {{language}}.',
    alsoIn: 'Les sida på:',
    languageNames: {
      nb: 'bokmål',
      nn: 'nynorsk',
      en: 'engelsk',
      se: 'nordsamisk',
    },
  },
  en: {
    onlyIn: 'This page is only available in {{language}}.',
    notIn: 'This page is not available in {{language}}.',
    alsoIn: 'Available in:',
    languageNames: {
      nb: 'Norwegian Bokmål',
      nn: 'Norwegian Nynorsk',
      en: 'English',
      se: 'Northern Sámi',
    },
  },
});
