import type { SamskapLocale } from '../locales.js';
import { articles } from './articles.js';
import { caseDetails } from './case-details.js';
import { contentLanguageNotice } from './content-language-notice.js';
import { cookieConsent } from './cookie-consent.js';
import { type CoreResources, coreAreas } from './core.js';
import { byLocale, type StringTree } from './define.js';
import { eventRegistration } from './event-registration.js';
import { events } from './events.js';
import { machineTranslation } from './machine-translation.js';
import { newsletterSignup } from './newsletter-signup.js';
import { pageFeedback } from './page-feedback.js';
import { portalFooter } from './portal-footer.js';
import { portalHeader } from './portal-header.js';
import { shareLinks } from './share-links.js';
import { themeBuilder } from './theme-builder.js';
import { tips } from './tips.js';

/**
 * Areas that a few components use and most pages do not (the frame, articles, events, case
 * details, the theme builder). They are not in an instance from the start: each component adds
 * its area when it renders (`useSamskapStrings` in @samskap/react), so a bundle without those
 * components ships none of these strings. The forms that few pages carry (tips, event
 * registration, newsletter, page feedback) are deferred too; a server that validates with their
 * words adds them to its own instance with `addSamskapArea`.
 */
export const deferredAreas = {
  articles,
  caseDetails,
  contentLanguageNotice,
  cookieConsent,
  eventRegistration,
  events,
  machineTranslation,
  newsletterSignup,
  pageFeedback,
  portalFooter,
  portalHeader,
  shareLinks,
  themeBuilder,
  tips,
};

type DeferredResources = {
  [K in keyof typeof deferredAreas]: (typeof deferredAreas)[K]['nb'];
};

/**
 * The shape of the `samskap` namespace. Every locale's resources are typed against it, so a
 * key missing from nn or en fails the typecheck.
 */
export type SamskapResources = CoreResources & DeferredResources;

/** One area's strings in the three shipped locales, as `defineStrings` returns them. */
export type AreaStrings = Record<'nb' | 'nn' | 'en', StringTree>;

/**
 * The `samskap` namespace's resources by locale, every area included (for tests, stories and
 * hosts that read the strings themselves). An instance gets the core areas up front and the
 * deferred ones from the component that uses them.
 */
export const resources: Record<SamskapLocale, SamskapResources> = byLocale(
  coreAreas,
  deferredAreas,
);

export { coreAreas };
