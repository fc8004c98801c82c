import { eventRegistrationStrings } from '@samskap/i18n';
import { type LabelOverrides, useLabels, useSamskapStrings } from '@samskap/react';

/** Where each of EventRegistration's labels lives in the `samskap` namespace. */
export const eventRegistrationKeys = {
  heading: 'eventRegistration.heading',
  headingWaitingList: 'eventRegistration.headingWaitingList',
  intro: 'eventRegistration.intro',
  waitingListIntro: 'eventRegistration.waitingListIntro',
  name: 'eventRegistration.name',
  email: 'eventRegistration.email',
  emailDescription: 'eventRegistration.emailDescription',
  organisation: 'eventRegistration.organisation',
  dietary: 'eventRegistration.dietary',
  dietaryDescription: 'eventRegistration.dietaryDescription',
  accessibility: 'eventRegistration.accessibility',
  accessibilityDescription: 'eventRegistration.accessibilityDescription',
  consent: 'eventRegistration.consent',
  consentDescription: 'eventRegistration.consentDescription',
  submit: 'eventRegistration.submit',
  submitWaitingList: 'eventRegistration.submitWaitingList',
  honeypot: 'eventRegistration.honeypot',
  nameRequired: 'eventRegistration.errors.nameRequired',
  emailRequired: 'eventRegistration.errors.emailRequired',
  emailInvalid: 'eventRegistration.errors.emailInvalid',
  consentRequired: 'eventRegistration.errors.consentRequired',
  failedTitle: 'eventRegistration.failedTitle',
  failedBody: 'eventRegistration.failedBody',
  retry: 'eventRegistration.retry',
  trapped: 'eventRegistration.trapped',
  receiptHeading: 'eventRegistration.receiptHeading',
  receiptWaitingListHeading: 'eventRegistration.receiptWaitingListHeading',
  receipt: 'eventRegistration.receipt',
  reference: 'eventRegistration.reference',
  unavailableHeading: 'eventRegistration.unavailableHeading',
  closed: 'eventRegistration.closed',
  cancelled: 'eventRegistration.cancelled',
  past: 'eventRegistration.past',
  draftRestored: 'eventRegistration.draftRestored',
  discardDraft: 'eventRegistration.discardDraft',
  draftDiscarded: 'eventRegistration.draftDiscarded',
} as const;

/** Overrides of EventRegistration's built-in strings (`{ email }`, `{ reference }`). */
export type EventRegistrationLabels = LabelOverrides<keyof typeof eventRegistrationKeys>;

/**
 * EventRegistration's strings. The `eventRegistration` area is deferred, so it is added to the
 * instance first.
 */
export function useEventRegistrationLabels(labels?: EventRegistrationLabels) {
  useSamskapStrings('eventRegistration', eventRegistrationStrings);
  return useLabels(eventRegistrationKeys, labels);
}
