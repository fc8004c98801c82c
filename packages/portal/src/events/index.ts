export {
  AddToCalendar,
  type AddToCalendarLabels,
  type AddToCalendarProps,
} from './add-to-calendar/AddToCalendar.js';
export { EventCard, type EventCardProps } from './event-card/index.js';
export { EventDetails, type EventDetailsProps } from './event-details/index.js';
// `EventRegistration` is both the form (a value) and the organiser's registration facts (a type).
export {
  EventRegistration,
  type EventRegistrationField,
  type EventRegistrationLabels,
  type EventRegistrationProblem,
  type EventRegistrationProps,
  type EventRegistrationResult,
  type EventRegistrationSubmission,
  type EventRegistrationValues,
  validateRegistration,
} from './event-registration/index.js';
export { EventWhen, type EventWhenLabels, type EventWhenProps } from './event-when/EventWhen.js';
export { escapeIcsText, eventToIcs, foldIcsLine, type IcsEventInput } from './ics.js';
export type { EventLabelName, EventLabels } from './labels.js';
export {
  type EventAttendance,
  type EventVenue,
  FEW_PLACES,
  type PortalEvent,
  placeLine,
  type RegistrationState,
  registrationState,
} from './model.js';
