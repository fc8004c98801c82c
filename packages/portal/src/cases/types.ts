/** Who runs the case. */
export const levelsOfGovernment = ['national', 'regional', 'local', 'international'] as const;
export type LevelOfGovernment = (typeof levelsOfGovernment)[number];

/** The six stages of the innovation lifecycle, in order. */
export const innovationStages = [
  'identifying-problems',
  'generating-ideas',
  'developing-proposals',
  'implementing',
  'evaluating',
  'diffusing-lessons',
] as const;
export type InnovationStage = (typeof innovationStages)[number];

/** Sectors Samskap has translated names for. Any other string is allowed and shown as given. */
export const knownSectors = [
  'health',
  'welfare',
  'education',
  'transport',
  'environment',
  'culture',
  'housing',
  'justice',
  'digital-services',
  'business',
  'public-administration',
] as const;
export type KnownSector = (typeof knownSectors)[number];
export type CaseSector = KnownSector | (string & {});

/** An image shown with a case. */
export interface CaseImage {
  /** The image URL. It goes through `safeUrl` before it reaches the page. */
  src: string;
  /** What the image shows. An empty string marks the image as decorative. */
  alt: string;
}

/**
 * A section of a case's page: plain text (blank lines start new paragraphs), or the text with
 * its own language when it is not written in the case's.
 */
export type CaseText = string | { text: string; language?: string };

/** Whom to ask about a case. Every field is optional; what is given is shown. */
export interface CaseContact {
  /** A person's or a team's name. */
  name?: string;
  /** Their role or unit, in `language`. */
  role?: string;
  /** An email address, linked with `mailto:`. */
  email?: string;
  /** A phone number, linked with `tel:`. */
  phone?: string;
  /** The BCP 47 language of `role`, when not the case's. */
  language?: string;
}

/**
 * One innovation case, as a CMS or an API delivers it. Every text field is untrusted, and so is
 * the shape: the components pass each record through `normalizeCase`, so a missing, null or
 * wrongly typed field never breaks a render.
 */
export interface InnovationCase {
  /** A stable identifier, unique within a list. */
  id: string;
  /** The case's title, in `language`. */
  title: string;
  /** A short summary, in `language`. */
  summary: string;
  /** The case's own page. Only http(s), mailto, tel and relative URLs are linked. */
  href: string;
  /** An illustration; `alt: ''` marks it as decorative. */
  image?: CaseImage;
  /** The public body (or bodies) behind the case. */
  organisation: string;
  /** Countries as ISO 3166-1 alpha-2 codes (`NO`, `SE`); names come from `Intl.DisplayNames`. */
  countries: string[];
  /** The level of government that runs the case. An unknown value is left out. */
  levelOfGovernment?: LevelOfGovernment;
  /** The policy sector. Known sectors get translated names. */
  sector?: CaseSector;
  /**
   * The year the innovation was launched. A year outside `caseLimits.yearMin`..`yearMax` is
   * ignored.
   */
  yearLaunched?: number;
  /**
   * Where the case is in the innovation lifecycle. An unknown value is left out, and the card
   * shows no stage.
   */
  stage?: InnovationStage;
  /** Free-text keywords, in `language`. */
  tags: string[];
  /**
   * The BCP 47 language of the case's content: `nb`, `nn`, `en`, `sv`... Empty when unknown:
   * the content is then taken to be in the page's language.
   */
  language: string;
  /** Other languages the case's page is available in. */
  availableLocales?: string[];
  /** When the case was last updated, as an ISO 8601 date or date-time. */
  updatedAt?: string;

  // The sections of the case's own page (CaseDetails). Each is optional: an empty one is shown
  // as "not yet described", so a reader sees what the case has not told yet.

  /** The problem the case set out to solve. */
  problem?: CaseText;
  /** What is new in the solution, compared with what was done before. */
  whatIsNew?: CaseText;
  /** The organisations that took part, by name. */
  partners?: string[];
  /** What came of it: measured results first. */
  results?: CaseText;
  /** What did not work, and what was changed. */
  whatDidNotWork?: CaseText;
  /** What others can learn from the case. */
  lessons?: CaseText;
  /** Whom to ask. */
  contact?: CaseContact;
}
