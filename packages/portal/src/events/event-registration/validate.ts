import { isEmailLike } from '../../forms/validate.js';

export type EventRegistrationField =
  | 'name'
  | 'email'
  | 'organisation'
  | 'dietary'
  | 'accessibility'
  | 'consent';

/** Why a registration cannot be sent yet, before translation. */
export interface EventRegistrationProblem {
  code: 'nameRequired' | 'emailRequired' | 'emailInvalid' | 'consentRequired';
}

export interface EventRegistrationValues {
  name: string;
  email: string;
  organisation: string;
  dietary: string;
  accessibility: string;
  consent: boolean;
  trap: string;
}

/** What the form checks before sending: a name, an email that looks like one, and consent. */
export function validateRegistration(
  v: EventRegistrationValues,
): Partial<Record<EventRegistrationField, EventRegistrationProblem>> {
  const problems: Partial<Record<EventRegistrationField, EventRegistrationProblem>> = {};
  if (v.name.trim() === '') problems.name = { code: 'nameRequired' };
  const email = v.email.trim();
  if (email === '') problems.email = { code: 'emailRequired' };
  else if (!isEmailLike(email)) problems.email = { code: 'emailInvalid' };
  if (v.consent !== true) problems.consent = { code: 'consentRequired' };
  return problems;
}
