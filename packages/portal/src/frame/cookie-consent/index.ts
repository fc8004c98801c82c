export {
  CookieConsent,
  type CookieConsentLabels,
  type CookieConsentProps,
} from './CookieConsent.js';
export { openCookieSettings } from './channel.js';
// The stored choice and its helpers: every name in consent.ts is public, for a host's server.
export * from './consent.js';
