import { readStored, writeStored } from '@samskap/react';

/** The reader's answer to the optional cookies. */
export type CookieChoice = 'accepted' | 'rejected';

/** A stored answer: what was chosen, under which version of the policy, and when. */
export interface CookieConsentValue {
  choice: CookieChoice;
  /** The `policyVersion` the reader answered. A different current version asks again. */
  version: string;
  /** When the reader chose, as an ISO 8601 date and time. */
  date: string;
}

/** Where the answer is kept unless the host says otherwise. */
export const COOKIE_CONSENT_STORAGE_KEY = 'samskap-cookie-consent';

/** How long an answer is kept before the reader is asked again (about a year). */
export const COOKIE_CONSENT_MAX_AGE = 365 * 24 * 60 * 60 * 1000;

// A version is a short label the agency picks ("2026-11", "3"); anything longer is not one.
const MAX_VERSION_LENGTH = 100;

/**
 * Checks an untrusted value (from storage, a cookie, a request body) and returns it as a
 * consent, or undefined. Never throws.
 */
export function parseCookieConsent(value: unknown): CookieConsentValue | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.choice !== 'accepted' && v.choice !== 'rejected') return undefined;
  if (typeof v.version !== 'string' || v.version === '' || v.version.length > MAX_VERSION_LENGTH)
    return undefined;
  if (typeof v.date !== 'string' || v.date.length > 40 || Number.isNaN(Date.parse(v.date)))
    return undefined;
  return { choice: v.choice, version: v.version, date: v.date };
}

/** A new answer under the current policy version, dated now. */
export function createCookieConsent(
  choice: CookieChoice,
  version: string,
  now: Date = new Date(),
): CookieConsentValue {
  return { choice, version, date: now.toISOString() };
}

/** The stored answer, if there is one for this policy version. */
export function readCookieConsent(
  policyVersion: string,
  storageKey = COOKIE_CONSENT_STORAGE_KEY,
): CookieConsentValue | undefined {
  const stored = readStored(storageKey, { parse: parseCookieConsent });
  return stored?.version === policyVersion ? stored : undefined;
}

/** Keeps the answer; returns false when the browser would not store it. */
export function writeCookieConsent(
  consent: CookieConsentValue,
  storageKey = COOKIE_CONSENT_STORAGE_KEY,
): boolean {
  return writeStored(storageKey, consent, { maxAge: COOKIE_CONSENT_MAX_AGE });
}
