// The conformance records of the portal patterns, with the criteria table and record types
// from @samskap/react/conformance, so a tool needs one import. A subpath of its own
// (`@samskap/portal/conformance`), so the main entry carries none of this text.
export {
  type ComponentConformance,
  type ConformanceEvidence,
  type ConformanceText,
  type CriterionConformance,
  type CriterionId,
  norwegianCriteria,
  reactConformance,
  type StoryCheck,
  type WcagCriterion,
  type WcagLevel,
  wcagCriteria,
} from '@samskap/react/conformance';
export { portalConformance } from './records.js';
