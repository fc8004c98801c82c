// The conformance records: which WCAG success criteria each component meets, how, what shows
// it, and what the host must still do. A subpath of its own (`@samskap/react/conformance`), so
// the main entry carries none of this text.

export { resizeAndSpacing } from './checks.js';
export {
  type ConformanceText,
  type CriterionId,
  norwegianCriteria,
  type WcagCriterion,
  type WcagLevel,
  wcagCriteria,
} from './criteria.js';
export {
  type ComponentConformance,
  type ConformanceEvidence,
  type ConformanceStatement,
  type CriterionConformance,
  meets,
  type StoryCheck,
  says,
  story,
  storyCheck,
  type TextTriple,
  unitTest,
} from './model.js';
export { reactConformance } from './records.js';
export * as statements from './statements.js';
