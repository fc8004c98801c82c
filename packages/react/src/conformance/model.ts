import type { ConformanceText, CriterionId } from './criteria.js';

/**
 * What shows that a component meets a criterion: a Storybook story (its id, as Storybook makes
 * it from the title and the export name) or a test (its file from the repository root, and its
 * name as written in `it(...)`). A unit test checks that every one of them exists.
 */
export type ConformanceEvidence =
  | { readonly story: string }
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

/** Evidence: a story by its id. */
export const story = (id: string): ConformanceEvidence => ({ story: id });

/** Evidence: a test by its file (from the repository root) and name. */
export const unitTest = (file: string, name: string): ConformanceEvidence => ({ file, test: name });

/** One criterion met by a statement, with its evidence. */
export const meets = (
  criterion: CriterionId,
  statement: ConformanceStatement,
  ...evidence: ConformanceEvidence[]
): CriterionConformance => ({ criterion, how: statement.how, host: statement.host, evidence });
