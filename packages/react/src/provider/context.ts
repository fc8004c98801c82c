import {
  getLocaleInfo,
  type LocaleInfo,
  type SamskapFormatters,
  type SamskapI18n,
  type SamskapLocale,
  type SamskapT,
} from '@samskap/i18n';
import { createContext, useContext } from 'react';

export interface SamskapContextValue extends SamskapFormatters {
  /** The active locale code (`nb`, `nn`, `en`, or a registered one). */
  locale: SamskapLocale | (string & {});
  /** Metadata of the active locale. */
  info: LocaleInfo;
  /** Translates a key of the `samskap` namespace in the active locale. */
  t: SamskapT;
  /**
   * The instance behind `t`: Samskap's own translator, or the host's i18next instance when the
   * provider was given one.
   */
  i18n: SamskapI18n;
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
