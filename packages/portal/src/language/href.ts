import type { LocaleCode } from '@samskap/i18n';
import { safeHref } from '../shared/urls.js';

/**
 * The URL a host's `hrefFor` gives for a language, through `safeUrl`. An unsafe one leaves that
 * language without a link (and warns once in development). The language switcher and the
 * content language notice both offer languages this way.
 */
export function languageHref(
  hrefFor: ((locale: LocaleCode) => string) | undefined,
  code: LocaleCode,
): string | undefined {
  if (!hrefFor) return undefined;
  return safeHref(
    hrefFor(code),
    `hrefFor:${code}`,
    (refused) =>
      `Samskap: hrefFor("${code}") returned ${refused}, which is not a safe URL, so that language is offered without a link.`,
  );
}
