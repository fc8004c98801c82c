import type { SamskapLocale } from '@samskap/i18n';
import type { InnovationCase, PortalComment } from '@samskap/portal';

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

export type Page =
  | { kind: 'home'; featured: InnovationCase[] }
  | { kind: 'cases'; cases: InnovationCase[]; search: string }
  | {
      kind: 'case';
      case: InnovationCase;
      comments: PortalComment[];
      clientId: string;
      /** The moment relative times count from, the same on the server and in the browser. */
      now: number;
      form?: CommentFormEcho;
      /** A comment was just posted without scripts. */
      sent?: boolean;
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
  page: Page;
}
