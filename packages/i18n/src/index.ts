export {
  createFormatters,
  type DateInput,
  displayCountry,
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  formatRelativeTime,
  type RelativeTimeOptions,
  type RelativeTimeUnit,
  type SamskapFormatters,
} from './format/index.js';
export {
  addRegisteredLocales,
  addSamskapArea,
  addSamskapResources,
  type CreateSamskapI18nOptions,
  createSamskapI18n,
  SAMSKAP_NS,
  type SamskapT,
  samskapT,
} from './instance.js';
export { canonicalLanguageTag, contentLanguage, primaryLanguage } from './language/index.js';
export {
  availableLocales,
  defaultLocale,
  fallbackChainFor,
  fallbackChains,
  getLocaleInfo,
  getLocalesVersion,
  isAvailableLocale,
  isSupportedLocale,
  type LocaleCode,
  type LocaleDefinition,
  type LocaleInfo,
  localeInfo,
  registerLocale,
  type SamskapLocale,
  subscribeToLocales,
  supportedLocales,
  unregisterLocale,
} from './locales.js';
export { negotiateLocale } from './negotiate.js';
export { articles as articlesStrings } from './resources/articles.js';
export { caseDetails as caseDetailsStrings } from './resources/case-details.js';
export { contentLanguageNotice as contentLanguageNoticeStrings } from './resources/content-language-notice.js';
export { cookieConsent as cookieConsentStrings } from './resources/cookie-consent.js';
export { defineStrings, type StringTree } from './resources/define.js';
export { eventRegistration as eventRegistrationStrings } from './resources/event-registration.js';
export { events as eventsStrings } from './resources/events.js';
export { type AreaStrings, resources } from './resources/index.js';
export { machineTranslation as machineTranslationStrings } from './resources/machine-translation.js';
export { newsletterSignup as newsletterSignupStrings } from './resources/newsletter-signup.js';
export { pageFeedback as pageFeedbackStrings } from './resources/page-feedback.js';
export { portalFooter as portalFooterStrings } from './resources/portal-footer.js';
export { portalHeader as portalHeaderStrings } from './resources/portal-header.js';
export { shareLinks as shareLinksStrings } from './resources/share-links.js';
export { themeBuilder as themeBuilderStrings } from './resources/theme-builder.js';
export { tips as tipsStrings } from './resources/tips.js';
export type {
  DeepPartial,
  SamskapKey,
  SamskapResources,
  SamskapTranslations,
} from './resources/types.js';
export type { SamskapHostI18n, SamskapI18n, SamskapTranslator } from './translator.js';
