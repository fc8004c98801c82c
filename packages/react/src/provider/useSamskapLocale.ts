import { createSamskapI18n, defaultLocale, samskapT } from '@samskap/i18n';
import {
  infoFor,
  type SamskapContextValue,
  setStandaloneContext,
  useSamskapContext,
} from './context.js';

/**
 * The active locale, its metadata and a translate function for the `samskap` namespace.
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
    };
  });
}
