export {
  CookieConsent,
  type CookieConsentLabels,
  type CookieConsentProps,
} from './CookieConsent.js';
export { openCookieSettings } from './channel.js';
export {
  COOKIE_CONSENT_MAX_AGE,
  COOKIE_CONSENT_STORAGE_KEY,
  type CookieChoice,
  type CookieConsentValue,
  createCookieConsent,
  parseCookieConsent,
  readCookieConsent,
  writeCookieConsent,
} from './consent.js';
