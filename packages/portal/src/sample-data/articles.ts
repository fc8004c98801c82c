import type { PortalArticle } from '../articles/model.js';
import { busDrawing, chartDrawing, schoolDrawing } from './images.js';

// Fictional articles for the portal's magazine, written for Samskap.
export const sampleArticles: PortalArticle[] = [
  {
    id: 'bestillingsbuss-intervju',
    title: 'Bussen som kommer når du ringer',
    lead: 'Tre halvtomme ruter ble til én buss som kjører etter bestilling. Vi har snakket med dem som planla den, og dem som tar den.',
    href: '/magasin/bussen-som-kommer',
    category: 'Intervju',
    authors: [
      {
        name: 'Ingrid Berg',
        role: 'Journalist',
        organisation: 'Samskap magasin',
        href: '/folk/ingrid-berg',
      },
      { name: 'Per Olsen', role: 'Fotograf' },
    ],
    publishedAt: '2026-10-02T08:00:00+02:00',
    updatedAt: '2026-10-05T14:30:00+02:00',
    readingMinutes: 6,
    image: {
      src: busDrawing,
      alt: 'Tegning av en rød buss på en vei',
      caption: 'Bussen henter ved nærmeste holdeplass når noen har bestilt.',
      credit: 'Per Olsen',
      creditKind: 'illustration',
    },
    language: 'nb',
  },
  {
    id: 'skuleskyss-erfaringar',
    title: 'Det vi lærte av å fjerne papirskjemaet',
    lead: 'Då foreldra kunne søkje om skuleskyss på nett, kom det fleire søknader enn før. Det var ikkje eit problem, men eit teikn på kor mange som hadde gitt opp.',
    href: '/magasin/skuleskyss',
    category: 'Erfaringar',
    authors: [
      { name: 'Solveig Haugland', role: 'Rådgjevar', organisation: 'Vestland fylkeskommune' },
    ],
    publishedAt: '2026-08-20',
    readingMinutes: 1,
    image: { src: schoolDrawing, alt: '' },
    language: 'nn',
  },
  {
    id: 'measuring-trust',
    title: 'Measuring trust in public services without a survey',
    lead: 'Surveys tell you what people say. Complaints, repeat calls and abandoned forms tell you what they do.',
    href: '/magazine/measuring-trust',
    category: 'Method',
    authors: [
      { name: 'Aino Virtanen', role: 'Researcher', organisation: 'University of Helsinki' },
      { name: 'Jonas Lind', organisation: 'Statistics Sweden' },
      {
        name: 'Kari Nordmann',
        role: 'Senior adviser',
        organisation: 'Digitaliseringsdirektoratet',
      },
    ],
    publishedAt: '2026-11-11T09:00:00Z',
    readingMinutes: 12,
    image: {
      src: chartDrawing,
      alt: 'A bar chart where the bars grow from left to right',
      caption: 'Repeat calls fell as the letters got clearer.',
      credit: 'Statistics Sweden',
      creditKind: 'source',
    },
    language: 'en',
  },
];
