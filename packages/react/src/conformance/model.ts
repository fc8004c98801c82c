import type { ConformanceText, CriterionId } from './criteria.js';

/**
 * A check the story test run makes on every story it runs, beside axe (docs/decisions/0014):
 * `reflow` at 320 px, `zoom` at 200 % (a 1280 px window laid out at 640 × 450 CSS px),
 * `text-spacing` with WCAG 1.4.12's spacing forced on, `forced-colors` for focus and edges.
 */
export type StoryCheck = 'reflow' | 'zoom' | 'text-spacing' | 'forced-colors';

/**
 * What shows that a component meets a criterion: a Storybook story (its id, as Storybook makes
 * it from the title and the export name), optionally naming the story check that measures it,
 * or a test (its file from the repository root, and its name as written in `it(...)`). A unit
 * test checks that every one of them exists, and that a story named for a check is one the
 * story tests run.
 */
export type ConformanceEvidence =
  | { readonly story: string; readonly check?: StoryCheck }
  | { readonly file: string; readonly test: string };

/** How one component meets one success criterion. */
export interface CriterionConformance {
  readonly criterion: CriterionId;
  /** How the component meets it, in plain language. */
  readonly how: ConformanceText;
  /** What the host (the agency's portal) must still do for the page to meet it. */
  readonly host: ConformanceText;
  readonly evidence: readonly ConformanceEvidence[];
}

/** The conformance record of one public component. */
export interface ComponentConformance {
  /** The component's export name. */
  readonly component: string;
  readonly package: '@samskap/react' | '@samskap/portal';
  readonly criteria: readonly CriterionConformance[];
}

/** A `how` and `host` pair that several components share because one mechanism delivers it. */
export interface ConformanceStatement {
  readonly how: ConformanceText;
  readonly host: ConformanceText;
}

/** A text given as [nb, nn, en], the order every record writes them in. */
export type TextTriple = readonly [nb: string, nn: string, en: string];

const asText = (t: TextTriple | ConformanceText): ConformanceText =>
  'nb' in t ? t : { nb: t[0], nn: t[1], en: t[2] };

/** A statement of a component's own: how it meets a criterion, and what the host must do. */
export const says = (
  how: TextTriple | ConformanceText,
  host: TextTriple | ConformanceText,
): ConformanceStatement => ({ how: asText(how), host: asText(host) });

/** Evidence: a story by its id. */
export const story = (id: string): ConformanceEvidence => ({ story: id });

/** Evidence: a story, and the check the story test run makes on it (and on every other story). */
export const storyCheck = (check: StoryCheck, id: string): ConformanceEvidence => ({
  story: id,
  check,
});

/** Evidence: a test by its file (from the repository root) and name. */
export const unitTest = (file: string, name: string): ConformanceEvidence => ({ file, test: name });

/** One criterion met by a statement, with its evidence. */
export const meets = (
  criterion: CriterionId,
  statement: ConformanceStatement,
  ...evidence: ConformanceEvidence[]
): CriterionConformance => ({ criterion, how: statement.how, host: statement.host, evidence });
