import type { SamskapLocale } from '@samskap/i18n';
import type { InnovationCase } from '@samskap/portal';
import { paths } from '../paths.js';

/** A case links to its page in this portal, in the page's language. */
export function withPortalHref(c: InnovationCase, locale: SamskapLocale): InnovationCase {
  return { ...c, href: paths.case(locale, c.id) };
}
