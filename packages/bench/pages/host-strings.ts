// The strings a host writes itself when it builds the case page from Designsystemet or Aksel,
// which ship few or no strings of their own. Counted in those pages' bytes, as Samskap's own
// strings are counted in its page.
import type { InnovationStage } from '@samskap/portal';
import type { Locale } from './data.ts';

interface HostStrings {
  stage: Record<InnovationStage, string>;
  stageLabel: string;
  launched: string;
  tags: string;
  filters: string;
  search: string;
  country: string;
  sector: string;
  clear: string;
  previous: string;
  next: string;
  comments: string;
  reply: string;
  report: string;
  votesUp: string;
  votesDown: string;
  reason: string;
  spam: string;
  offensive: string;
  send: string;
  cancel: string;
  name: string;
  comment: string;
  remember: string;
  fixErrors: string;
  required: string;
  sent: string;
  language: string;
}

export const hostStrings: Record<Locale, HostStrings> = {
  nb: {
    stage: {
      'identifying-problems': 'Kartlegge problemet',
      'generating-ideas': 'Finne ideer',
      'developing-proposals': 'Utvikle forslag',
      implementing: 'Gjennomføre',
      evaluating: 'Evaluere',
      'diffusing-lessons': 'Dele erfaringer',
    },
    stageLabel: 'Fase',
    launched: 'Startet',
    tags: 'Stikkord',
    filters: 'Filtrer saker',
    search: 'Søk i saker',
    country: 'Land',
    sector: 'Sektor',
    clear: 'Fjern alle filtre',
    previous: 'Forrige',
    next: 'Neste',
    comments: 'Kommentarer',
    reply: 'Svar',
    report: 'Meld fra',
    votesUp: 'Enig',
    votesDown: 'Uenig',
    reason: 'Hvorfor melder du fra?',
    spam: 'Reklame eller spam',
    offensive: 'Støtende innhold',
    send: 'Send',
    cancel: 'Avbryt',
    name: 'Navn',
    comment: 'Kommentar',
    remember: 'Husk navnet mitt',
    fixErrors: 'Rett opp dette før du sender',
    required: 'Skriv en kommentar',
    sent: 'Takk! Kommentaren er sendt.',
    language: 'Språk',
  },
  nn: {
    stage: {
      'identifying-problems': 'Kartleggje problemet',
      'generating-ideas': 'Finne idear',
      'developing-proposals': 'Utvikle forslag',
      implementing: 'Gjennomføre',
      evaluating: 'Evaluere',
      'diffusing-lessons': 'Dele erfaringar',
    },
    stageLabel: 'Fase',
    launched: 'Starta',
    tags: 'Stikkord',
    filters: 'Filtrer saker',
    search: 'Søk i saker',
    country: 'Land',
    sector: 'Sektor',
    clear: 'Fjern alle filter',
    previous: 'Førre',
    next: 'Neste',
    comments: 'Kommentarar',
    reply: 'Svar',
    report: 'Meld frå',
    votesUp: 'Einig',
    votesDown: 'Ueinig',
    reason: 'Kvifor melder du frå?',
    spam: 'Reklame eller spam',
    offensive: 'Støytande innhald',
    send: 'Send',
    cancel: 'Avbryt',
    name: 'Namn',
    comment: 'Kommentar',
    remember: 'Hugs namnet mitt',
    fixErrors: 'Rett opp dette før du sender',
    required: 'Skriv ein kommentar',
    sent: 'Takk! Kommentaren er send.',
    language: 'Språk',
  },
  en: {
    stage: {
      'identifying-problems': 'Identifying problems',
      'generating-ideas': 'Generating ideas',
      'developing-proposals': 'Developing proposals',
      implementing: 'Implementing',
      evaluating: 'Evaluating',
      'diffusing-lessons': 'Sharing lessons',
    },
    stageLabel: 'Stage',
    launched: 'Launched',
    tags: 'Tags',
    filters: 'Filter cases',
    search: 'Search cases',
    country: 'Country',
    sector: 'Sector',
    clear: 'Clear all filters',
    previous: 'Previous',
    next: 'Next',
    comments: 'Comments',
    reply: 'Reply',
    report: 'Report',
    votesUp: 'Agree',
    votesDown: 'Disagree',
    reason: 'Why are you reporting this?',
    spam: 'Advertising or spam',
    offensive: 'Offensive content',
    send: 'Send',
    cancel: 'Cancel',
    name: 'Name',
    comment: 'Comment',
    remember: 'Remember my name',
    fixErrors: 'Fix these before you send',
    required: 'Write a comment',
    sent: 'Thank you! Your comment has been sent.',
    language: 'Language',
  },
};

export const languageNames: Record<Locale, string> = {
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  en: 'English',
};
