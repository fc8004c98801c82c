import {
  getLocaleInfo,
  type LocaleInfo,
  type SamskapFormatters,
  type SamskapLocale,
  type SamskapT,
} from '@samskap/i18n';
import type { i18n as I18n } from 'i18next';
import { createContext, useContext } from 'react';

export interface SamskapContextValue extends SamskapFormatters {
  /** The active locale code (`nb`, `nn`, `en`, or a registered one). */
  locale: SamskapLocale | (string & {});
  /** Metadata of the active locale. */
  info: LocaleInfo;
  /** Translates a key of the `samskap` namespace in the active locale. */
  t: SamskapT;
  /** The i18next instance behind `t` (private or the host's). */
  i18n: I18n;
}

export const SamskapContext = createContext<SamskapContextValue | null>(null);

/** The fallback when a component renders outside any provider: bokmål, private strings. */
let standalone: SamskapContextValue | undefined;
export function setStandaloneContext(factory: () => SamskapContextValue): SamskapContextValue {
  standalone ??= factory();
  return standalone;
}

/** Metadata of any locale code, shipped, registered or unknown (never undefined). */
export function infoFor(locale: string): LocaleInfo {
  return getLocaleInfo(locale);
}

export function useSamskapContext(): SamskapContextValue | null {
  return useContext(SamskapContext);
}
