export {
  EventRegistration,
  type EventRegistrationProps,
  type EventRegistrationResult,
  type EventRegistrationSubmission,
} from './EventRegistration.js';
export type { EventRegistrationLabels } from './labels.js';
export {
  type EventRegistrationField,
  type EventRegistrationProblem,
  type EventRegistrationValues,
  validateRegistration,
} from './validate.js';
