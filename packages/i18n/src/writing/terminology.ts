// The one word each language uses for each idea in Samskap's interface. It is data, not prose,
// so that a test can hold every built-in string against it (writing.test.ts) and the writing
// guide can show it (docs/writing.md, Storybook "Guides/Writing") without the two drifting.

/** A language Samskap ships strings in. */
export type WritingLocale = 'nb' | 'nn' | 'en';

/** How one language says one idea. */
export interface TermInLanguage {
  /** The word or phrase this language uses, with its main inflected forms where they help. */
  use: string;
  /**
   * Other words for the same idea that this language does not use. Each is matched as a whole
   * word or phrase in any case; `#` stands for a number or a `{{placeholder}}`.
   */
  avoid?: readonly string[];
}

/** One idea and the one word each language uses for it. */
export interface Term {
  /** A short English name for the idea, used in messages. */
  id: string;
  /** What the idea is, so that a writer can tell whether a string is about it. */
  idea: string;
  nb: TermInLanguage;
  nn: TermInLanguage;
  en: TermInLanguage;
  /** What a writer should know beyond the words. */
  note?: string;
}

export const terminology: readonly Term[] = [
  {
    id: 'comment',
    idea: 'What a person writes under a case, shown in the thread',
    nb: { use: 'kommentar', avoid: ['innlegg', 'innlegget', 'innleggene'] },
    nn: { use: 'kommentar', avoid: ['innlegg', 'innlegget', 'innlegga'] },
    en: { use: 'comment', avoid: ['remark', 'remarks'] },
  },
  {
    id: 'reply',
    idea: 'A comment that answers another comment',
    nb: { use: 'svar', avoid: ['respons', 'besvarelse'] },
    nn: { use: 'svar', avoid: ['respons'] },
    en: { use: 'reply', avoid: ['answer', 'answers', 'response', 'responses'] },
  },
  {
    id: 'send',
    idea: 'Hand in what a person has written: a comment, a tip, a report, a registration',
    nb: { use: 'send, sendt', avoid: ['poste', 'postet', 'lever', 'levere', 'levert'] },
    nn: { use: 'send, sendt', avoid: ['poste', 'posta', 'lever', 'levere', 'levert'] },
    en: {
      use: 'send, sent',
      avoid: [
        'post',
        'posts',
        'posted',
        'posting',
        'submit',
        'submits',
        'submitted',
        'submitting',
        'submission',
      ],
    },
    note: 'A comment is sent; once it is shown to others it is published ("publisert", "published").',
  },
  {
    id: 'cancel',
    idea: 'Stop what the person started, without sending or saving it',
    nb: { use: 'Avbryt', avoid: ['kanseller', 'kansellere', 'kansellert'] },
    nn: { use: 'Avbryt', avoid: ['kanseller', 'kansellere', 'kansellert'] },
    en: { use: 'Cancel', avoid: ['abort', 'abandon'] },
    note: 'An event that will not take place is "avlyst" in bokmål and nynorsk, "cancelled" in English.',
  },
  {
    id: 'remove',
    idea: 'Take one thing off a list or a selection, such as a filter or a tag; nothing is lost',
    nb: { use: 'Fjern', avoid: ['ta bort'] },
    nn: { use: 'Fjern', avoid: ['ta bort', 'ta vekk'] },
    en: { use: 'Remove', avoid: ['take away', 'take off'] },
    note: 'English says "Clear" for emptying a field or every filter at once: "Clear all filters" ("Fjern alle filtre"), "Clear search" ("Tøm søkefeltet").',
  },
  {
    id: 'delete',
    idea: 'Get rid of something for good, such as a draft',
    nb: { use: 'Slett, slettet', avoid: ['forkast', 'forkaste', 'forkastet'] },
    nn: { use: 'Slett, sletta', avoid: ['forkast', 'forkaste', 'forkasta'] },
    en: { use: 'Delete, deleted', avoid: ['discard', 'discards', 'discarded', 'erase', 'erased'] },
  },
  {
    id: 'required',
    idea: 'A field the person must fill in',
    nb: {
      use: 'må fylles ut',
      avoid: ['obligatorisk', 'obligatoriske', 'påkrevd', 'påkrevde', 'påkrevet'],
    },
    nn: { use: 'må fyllast ut', avoid: ['obligatorisk', 'obligatoriske', 'påkravd'] },
    en: { use: 'required', avoid: ['mandatory', 'compulsory'] },
  },
  {
    id: 'optional',
    idea: 'A field the person may leave empty',
    nb: { use: 'valgfritt', avoid: ['frivillig', 'ikke påkrevd'] },
    nn: { use: 'valfritt', avoid: ['frivillig'] },
    en: { use: 'optional', avoid: ['not required', 'voluntary'] },
  },
  {
    id: 'error',
    idea: 'Something the person must fix, or something that went wrong',
    nb: { use: 'feil', avoid: ['ugyldig', 'ugyldige', 'feilet'] },
    nn: { use: 'feil', avoid: ['ugyldig', 'ugyldige', 'feila'] },
    en: { use: 'error', avoid: ['invalid', 'failure'] },
    note: 'An error message says what to do ("Skriv navnet ditt"), not that something is invalid.',
  },
  {
    id: 'filter',
    idea: 'A choice that narrows a list of cases',
    nb: { use: 'filter, filtre, filtrene' },
    nn: { use: 'filter, filter, filtera' },
    en: { use: 'filter', avoid: ['refinement', 'refinements'] },
  },
  {
    id: 'case',
    idea: 'An innovation case in the case library',
    nb: {
      use: 'sak, saken, saker',
      avoid: ['prosjekt', 'prosjektet', 'prosjekter', 'prosjektene', 'caset'],
    },
    nn: { use: 'sak, saka, saker', avoid: ['prosjekt', 'prosjektet', 'prosjekta', 'caset'] },
    en: { use: 'case', avoid: ['project', 'projects'] },
  },
  {
    id: 'tip',
    idea: 'What a person sends through the tip form ("Tips oss")',
    nb: { use: 'tips, tipset, tipsene', avoid: ['innspill', 'innspillet', 'innspillene'] },
    nn: { use: 'tips, tipset, tipsa', avoid: ['innspel', 'innspelet', 'innspela', 'innspill'] },
    en: { use: 'tip', avoid: ['suggestion', 'suggestions', 'input'] },
  },
  {
    id: 'event',
    idea: 'A conference, meeting or webinar a person can come to',
    nb: {
      use: 'arrangement, arrangementet',
      avoid: ['hendelse', 'hendelsen', 'hendelser', 'event', 'eventet', 'eventer'],
    },
    nn: {
      use: 'arrangement, arrangementet',
      avoid: ['hending', 'hendinga', 'hendingar', 'event', 'eventet'],
    },
    en: { use: 'event', avoid: ['happening', 'happenings'] },
  },
  {
    id: 'registration',
    idea: 'Signing up to come to an event',
    nb: {
      use: 'påmelding, meld deg på',
      avoid: ['registrering', 'registreringen', 'registrer deg'],
    },
    nn: {
      use: 'påmelding, meld deg på',
      avoid: ['registrering', 'registreringa', 'registrer deg'],
    },
    en: {
      use: 'registration, register',
      avoid: ['sign up', 'sign-up', 'signup', 'enrol', 'enroll', 'enrolment'],
    },
  },
  {
    id: 'search',
    idea: 'Look for cases or content by words',
    nb: { use: 'søk, søkeord', avoid: ['let', 'lete', 'leting'] },
    nn: { use: 'søk, søkjeord', avoid: ['leit', 'leite', 'leiting'] },
    en: { use: 'search, search word', avoid: ['look up', 'look for'] },
  },
  {
    id: 'show more',
    idea: 'Load the next part of a long list',
    nb: { use: 'Vis flere', avoid: ['last inn flere', 'hent flere', 'se flere', 'se mer'] },
    nn: { use: 'Vis fleire', avoid: ['last inn fleire', 'hent fleire', 'sjå fleire', 'sjå meir'] },
    en: { use: 'Show more', avoid: ['load more', 'see more', 'view more'] },
  },
  {
    id: 'hide',
    idea: 'Fold away a part of the page (its opposite is show: "Vis", "Show")',
    nb: { use: 'Skjul, skjult', avoid: ['gjem', 'gjemt', 'gjemme'] },
    nn: { use: 'Gøym, gøymt', avoid: ['skjul', 'skjult', 'skjule', 'skjulte'] },
    en: { use: 'Hide, hidden', avoid: ['collapse', 'conceal'] },
  },
  {
    id: 'close',
    idea: 'Close a dialog, a menu or a notice',
    nb: { use: 'Lukk', avoid: ['steng'] },
    nn: { use: 'Lukk', avoid: ['steng', 'lat att'] },
    en: { use: 'Close', avoid: ['dismiss'] },
  },
  {
    id: 'report',
    idea: 'Tell the moderators that a comment breaks the rules',
    nb: { use: 'Rapporter', avoid: ['flagg', 'flagge', 'flagget', 'meld fra'] },
    nn: { use: 'Rapporter', avoid: ['flagg', 'flagge', 'flagga', 'meld frå'] },
    en: { use: 'Report', avoid: ['flag', 'flagged'] },
  },
  {
    id: 'vote',
    idea: 'Say that a comment is useful or not',
    nb: { use: 'stem, stemmer' },
    nn: { use: 'røyst, røyster', avoid: ['stem', 'stemme'] },
    en: { use: 'vote, votes', avoid: ['upvote', 'downvote', 'upvotes', 'downvotes'] },
  },
  {
    id: 'character',
    idea: 'One letter, digit, space or sign in a text limit',
    nb: { use: 'tegn', avoid: ['bokstaver', 'karakterer'] },
    nn: { use: 'teikn', avoid: ['bokstavar', 'karakterar'] },
    en: { use: 'character, characters', avoid: ['chars', 'letters'] },
  },
  {
    id: 'remaining',
    idea: 'What is left of a limit or a list',
    nb: { use: 'igjen' },
    nn: { use: 'att', avoid: ['# igjen', '# teikn igjen'] },
    en: {
      use: 'remaining',
      avoid: ['# left', '# character left', '# characters left', '# more left'],
    },
    note: 'Nynorsk "igjen" means "again" ("Prøv igjen"); what is left is "att".',
  },
  {
    id: 'organisation',
    idea: 'The public body or company behind a case or a reply',
    nb: { use: 'virksomhet', avoid: ['organisasjon', 'organisasjonen', 'etat', 'etaten'] },
    nn: { use: 'verksemd', avoid: ['organisasjon', 'organisasjonen', 'etat', 'etaten'] },
    en: { use: 'organisation', avoid: ['organization', 'organizations'] },
  },
  {
    id: 'email',
    idea: 'Electronic mail and its address',
    nb: {
      use: 'e-post, e-postadresse',
      avoid: ['epost', 'mail', 'e-mail', 'email', 'mailadresse'],
    },
    nn: {
      use: 'e-post, e-postadresse',
      avoid: ['epost', 'mail', 'e-mail', 'email', 'mailadresse'],
    },
    en: { use: 'email, email address', avoid: ['e-mail', 'e-mails'] },
  },
  {
    id: 'thanks',
    idea: 'Thanking a person for what they sent',
    nb: { use: 'Takk!', avoid: ['tusen takk', 'takk.'] },
    nn: { use: 'Takk!', avoid: ['tusen takk', 'takk.'] },
    en: { use: 'Thank you!', avoid: ['thanks', 'thank you.', 'many thanks'] },
  },
  {
    id: 'try again',
    idea: 'Do once more what did not work',
    nb: { use: 'Prøv igjen', avoid: ['prøv på nytt', 'forsøk igjen', 'forsøk på nytt'] },
    nn: { use: 'Prøv igjen', avoid: ['prøv på nytt', 'freist igjen', 'freist på nytt'] },
    en: { use: 'Try again', avoid: ['retry', 'try once more'] },
  },
  {
    id: 'stage',
    idea: 'Where a case is in the innovation process',
    nb: { use: 'fase', avoid: ['stadium', 'stadiet'] },
    nn: { use: 'fase', avoid: ['stadium', 'stadiet'] },
    en: { use: 'stage', avoid: ['phase', 'phases'] },
  },
  {
    id: 'tag',
    idea: 'A keyword on a case',
    nb: { use: 'stikkord', avoid: ['emneord', 'nøkkelord', 'tagg', 'tagger'] },
    nn: { use: 'stikkord', avoid: ['emneord', 'nøkkelord', 'tagg', 'taggar'] },
    en: { use: 'tag, tags', avoid: ['keyword', 'keywords'] },
  },
];

/**
 * Strings where an avoided word is right after all, each with the reason. Keep it short: a
 * string that needs an exception usually means the table needs a better `idea`.
 */
export const terminologyExceptions: readonly {
  locale: WritingLocale;
  key: string;
  term: string;
  why: string;
}[] = [];
