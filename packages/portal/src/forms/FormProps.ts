import type { HeadingLevel } from '@samskap/react';
import type { FormHTMLAttributes, HTMLAttributes } from 'react';

/** The props of every portal pattern that has a heading and built-in strings. */
export interface HeadedPatternProps<Labels> {
  /**
   * The heading's level, to fit the page's outline.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /** Overrides of the built-in strings. */
  labels?: Labels;
}

/**
 * The props of a portal pattern that is a `section` named by its heading: the element's own
 * (less `children` and `Omitted`), the heading level and the strings.
 */
export type HeadedSectionProps<Labels, Omitted extends string = never> = Omit<
  HTMLAttributes<HTMLElement>,
  Omitted | 'children'
> &
  HeadedPatternProps<Labels>;

/** The props every portal form on `useForm` has, beside its own. */
export interface PortalFormProps<Submission, Result, Labels>
  extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'>,
    HeadedPatternProps<Labels> {
  /**
   * Sends what the person filled in. While it runs the form is busy and ignores another submit.
   * It may resolve with `{ fieldErrors }` (the server's words, shown on the fields); if it
   * rejects, every value stays and the form offers to try again.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: lets a host pass `async (s) => { await post(s) }`
  onSubmit: (submission: Submission) => Promise<Result | void>;
  /** Told instead of `onSubmit` when the hidden spam trap was filled. */
  onTrap?: (submission: Submission) => void;
  /** Called once the confirmation is shown. */
  onSuccess?: () => void;
}

/** The props of a form that a server renders again, with errors, after a plain HTML post. */
export interface FormStartProps<Values, Field extends string> {
  /**
   * The values the form starts with. A server that received the form as a plain HTML post (no
   * script yet) and found errors renders the page again with these and `initialErrors`.
   */
  initialValues?: Values;
  /** Errors to show on the first render, in the server's words, per field. */
  initialErrors?: Partial<Record<Field, string>>;
}
