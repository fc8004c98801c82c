import type { SamskapLocale } from '../locales.js';
import { alert } from './alert.js';
import { articles } from './articles.js';
import { breadcrumbs } from './breadcrumbs.js';
import { button } from './button.js';
import { caseDetails } from './case-details.js';
import { cases } from './cases.js';
import { comments } from './comments.js';
import { contentLanguageNotice } from './content-language-notice.js';
import { cookieConsent } from './cookie-consent.js';
import { dialog } from './dialog.js';
import { errorSummary } from './error-summary.js';
import { eventRegistration } from './event-registration.js';
import { events } from './events.js';
import { field } from './field.js';
import { fileUpload } from './file-upload.js';
import { forms } from './forms.js';
import { languageSwitcher } from './language-switcher.js';
import { link } from './link.js';
import { machineTranslation } from './machine-translation.js';
import { newsletterSignup } from './newsletter-signup.js';
import { pageFeedback } from './page-feedback.js';
import { pagination } from './pagination.js';
import { portalFooter } from './portal-footer.js';
import { portalHeader } from './portal-header.js';
import { searchField } from './search-field.js';
import { shareLinks } from './share-links.js';
import { skipLink } from './skip-link.js';
import { status } from './status.js';
import { tag } from './tag.js';
import { textarea } from './textarea.js';
import { themeBuilder } from './theme-builder.js';
import { tips } from './tips.js';

// One entry per area (a component or a group of them), each file holding nb, nn and en side by
// side. Add a new area here and in its own file.
const areas = {
  alert,
  articles,
  breadcrumbs,
  button,
  caseDetails,
  cases,
  comments,
  contentLanguageNotice,
  cookieConsent,
  dialog,
  errorSummary,
  eventRegistration,
  events,
  field,
  fileUpload,
  forms,
  languageSwitcher,
  link,
  machineTranslation,
  newsletterSignup,
  pageFeedback,
  pagination,
  portalFooter,
  portalHeader,
  searchField,
  shareLinks,
  skipLink,
  status,
  tag,
  textarea,
  themeBuilder,
  tips,
};

type Areas = typeof areas;

/**
 * The shape of the `samskap` namespace. Every locale's resources are typed against it, so a
 * key missing from nn or en fails the typecheck.
 */
export type SamskapResources = { [K in keyof Areas]: Areas[K]['nb'] };

function forLocale(locale: 'nb' | 'nn' | 'en'): SamskapResources {
  const out = {} as Record<string, unknown>;
  for (const [area, strings] of Object.entries(areas)) out[area] = strings[locale];
  return out as SamskapResources;
}

/** The `samskap` namespace's resources, by locale. */
export const resources: Record<SamskapLocale, SamskapResources> = {
  nb: forLocale('nb'),
  nn: forLocale('nn'),
  en: forLocale('en'),
};
