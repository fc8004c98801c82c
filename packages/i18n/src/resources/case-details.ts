import { defineStrings } from './define.js';

// The page of one innovation case (CaseDetails). Names of stages, levels and sectors, and the
// header's terms shared with the case card, are in the `cases` area.
export const caseDetails = defineStrings({
  nb: {
    menu: 'På denne siden',
    updated: 'Sist oppdatert',
    section: {
      problem: 'Problemet',
      whatIsNew: 'Dette er nytt',
      partners: 'Samarbeidspartnere',
      results: 'Resultater',
      whatDidNotWork: 'Dette fungerte ikke',
      lessons: 'Erfaringer',
      contact: 'Kontakt',
      comments: 'Kommentarer',
    },
    notDescribed: 'Ikke beskrevet ennå.',
    email: 'E-post',
    phone: 'Telefon',
  },
  nn: {
    menu: 'På denne sida',
    updated: 'Sist oppdatert',
    section: {
      problem: 'Problemet',
      whatIsNew: 'Dette er nytt',
      partners: 'Samarbeidspartnarar',
      results: 'Resultat',
      whatDidNotWork: 'Dette fungerte ikkje',
      lessons: 'Erfaringar',
      contact: 'Kontakt',
      comments: 'Kommentarar',
    },
    notDescribed: 'Ikkje skildra enno.',
    email: 'E-post',
    phone: 'Telefon',
  },
  en: {
    menu: 'On this page',
    updated: 'Last updated',
    section: {
      problem: 'The problem',
      whatIsNew: 'What is new',
      partners: 'Partners',
      results: 'Results',
      whatDidNotWork: 'What did not work',
      lessons: 'Lessons learned',
      contact: 'Contact',
      comments: 'Comments',
    },
    notDescribed: 'Not described yet.',
    email: 'Email',
    phone: 'Phone',
  },
});
