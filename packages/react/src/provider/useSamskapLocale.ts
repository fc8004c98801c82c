import { createFormatters, createSamskapI18n, defaultLocale, samskapT } from '@samskap/i18n';
import {
  infoFor,
  type SamskapContextValue,
  setStandaloneContext,
  useSamskapContext,
} from './context.js';

/**
 * The active locale, its metadata, a translate function for the `samskap` namespace, and the
 * `Intl` formatters bound to the locale:
 *
 * ```tsx
 * const { t, formatRelativeTime, formatNumber } = useSamskapLocale();
 * formatRelativeTime(comment.createdAt); // "for 3 timar sidan" in nynorsk
 * ```
 *
 * Outside a `SamskapProvider` it falls back to bokmål, so a component never shows a raw key.
 */
export function useSamskapLocale(): SamskapContextValue {
  const ctx = useSamskapContext();
  if (ctx) return ctx;
  return setStandaloneContext(() => {
    const i18n = createSamskapI18n({ locale: defaultLocale });
    return {
      locale: defaultLocale,
      info: infoFor(defaultLocale),
      t: samskapT(i18n, defaultLocale),
      i18n,
      ...createFormatters(defaultLocale),
    };
  });
}
