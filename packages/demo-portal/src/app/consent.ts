/**
 * The cookie policy's version: changing it asks every reader again. The answer is kept in the
 * browser by the banner and, for the server's render, in this cookie.
 */
export const COOKIE_POLICY_VERSION = '2026-12';
export const CONSENT_COOKIE = 'portal-cookie-consent';
