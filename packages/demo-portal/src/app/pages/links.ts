import type { SamskapLocale } from '@samskap/i18n';
import type { InnovationCase, PortalArticle, PortalEvent } from '@samskap/portal';
import { paths } from '../paths.js';

/** A case links to its page in this portal, in the page's language. */
export function withPortalHref(c: InnovationCase, locale: SamskapLocale): InnovationCase {
  return { ...c, href: paths.case(locale, c.id) };
}

/** An article links to its page here; the CMS's own address is not this site's. */
export function withArticleHref<A extends PortalArticle>(a: A, locale: SamskapLocale): A {
  return { ...a, href: paths.article(locale, a.id) };
}

/** An event links to its page here. */
export function withEventHref(e: PortalEvent, locale: SamskapLocale): PortalEvent {
  return { ...e, href: paths.event(locale, e.id) };
}
