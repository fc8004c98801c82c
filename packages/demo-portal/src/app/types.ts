import type { SamskapLocale } from '@samskap/i18n';
import type {
  CookieConsentValue,
  EventRegistrationField,
  InnovationCase,
  PageFeedbackAnswer,
  PortalArticle,
  PortalComment,
  PortalEvent,
  TipFormField,
} from '@samskap/portal';

/** An article with its text: paragraphs in the article's language. */
export type ArticleWithBody = PortalArticle & { body: string[] };

/** The appearances a reader can choose; kept in a cookie so the server renders the right one. */
export const themeChoices = ['default', 'agency', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (themeChoices as readonly string[]).includes(value);
}

/** What a plain HTML post of the comment form sent, when the server sends it back with errors. */
export interface CommentFormEcho {
  values: { name: string; email: string; body: string; remember: boolean };
  errors: Partial<Record<'name' | 'email' | 'body', string>>;
}

/** A registration posted without scripts, sent back with errors. */
export interface RegistrationEcho {
  values: {
    name: string;
    email: string;
    organisation: string;
    dietary: string;
    accessibility: string;
    consent: boolean;
  };
  errors: Partial<Record<EventRegistrationField, string>>;
}

/** A tip posted without scripts, sent back with errors (files are chosen again). */
export interface TipEcho {
  values: { message: string; anonymous: boolean; name: string; email: string };
  errors: Partial<Record<TipFormField, string>>;
}

/** A newsletter sign-up posted without scripts, sent back with errors. */
export interface NewsletterEcho {
  values: { email: string; topics: string[]; consent: boolean };
  errors: Partial<Record<'email' | 'consent', string>>;
}

export type Page =
  | {
      kind: 'home';
      featured: InnovationCase[];
      events: PortalEvent[];
      articles: ArticleWithBody[];
      now: number;
      /** A sign-up posted without scripts that the server sends back with its errors. */
      newsletter?: NewsletterEcho;
    }
  | { kind: 'cases'; cases: InnovationCase[]; search: string }
  | {
      kind: 'case';
      case: InnovationCase;
      comments: PortalComment[];
      /** The reader's public author id (never the cookie), so the thread knows their own comments. */
      readerId: string;
      /** The moment relative times count from, the same on the server and in the browser. */
      now: number;
      form?: CommentFormEcho;
      /** A comment was just posted without scripts. */
      sent?: boolean;
    }
  | { kind: 'articles'; articles: ArticleWithBody[] }
  | { kind: 'article'; article: ArticleWithBody }
  | { kind: 'events'; events: PortalEvent[]; now: number }
  | {
      kind: 'event';
      event: PortalEvent;
      now: number;
      form?: RegistrationEcho;
      /** The reference of a registration just sent without scripts. */
      registered?: string;
    }
  | {
      kind: 'tips';
      form?: TipEcho;
      /** The reference of a tip just sent without scripts, and whether it was anonymous. */
      sent?: { reference: string; anonymous: boolean };
    }
  | { kind: 'accessibility' }
  | { kind: 'privacy' }
  | { kind: 'notFound' };

/** Everything a page renders from; the server sends it to the browser for hydration. */
export interface PageData {
  locale: SamskapLocale;
  /** The path after the language: `/`, `/cases`, `/cases/bodo-bestill-buss`. */
  path: string;
  /** The query string, with its `?`, or ''. */
  search: string;
  theme: ThemeChoice;
  /** The reader's cookie answer, when the server has one: then no banner is rendered. */
  consent: CookieConsentValue | null;
  /** "Was this page useful?" answered without scripts: the step the server renders. */
  feedback?: PageFeedbackAnswer | 'sent';
  page: Page;
}
