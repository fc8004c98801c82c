import i18next, {
  type i18n as I18n,
  type Resource,
  type ResourceLanguage,
  type TOptions,
} from 'i18next';
import {
  defaultLocale,
  fallbackChainFor,
  type LocaleCode,
  registeredResources,
} from './locales.js';
import { resources } from './resources/index.js';
import type { SamskapKey, SamskapTranslations } from './resources/types.js';

/** The i18next namespace that holds every Samskap string. */
export const SAMSKAP_NS = 'samskap';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function deepMerge<T>(target: T, source: unknown): T {
  if (!isObject(source)) return target;
  const out: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  for (const [k, v] of Object.entries(source)) {
    if (v === undefined) continue;
    out[k] = isObject(v) && isObject(out[k]) ? deepMerge(out[k], v) : v;
  }
  return out as T;
}

/**
 * Adds the strings of every locale registered with `registerLocale` to an instance. The
 * provider calls it again when a locale is registered after the instance was made.
 */
export function addRegisteredLocales(i18n: I18n, translations?: SamskapTranslations): I18n {
  for (const [code, bundle] of registeredResources()) {
    i18n.addResourceBundle(code, SAMSKAP_NS, bundle, true, true);
    const override = translations?.[code];
    if (override) i18n.addResourceBundle(code, SAMSKAP_NS, override, true, true);
  }
  return i18n;
}

/**
 * Adds the `samskap` namespace to an i18next instance, for every shipped and registered
 * locale, and layers `translations` over it. Use this with the host app's own instance; it does
 * not change the instance's language or any other namespace.
 */
export function addSamskapResources(i18n: I18n, translations?: SamskapTranslations): I18n {
  for (const [locale, bundle] of Object.entries(resources)) {
    i18n.addResourceBundle(locale, SAMSKAP_NS, bundle, true, false);
  }
  addRegisteredLocales(i18n);
  if (translations) {
    for (const [locale, bundle] of Object.entries(translations)) {
      if (bundle) i18n.addResourceBundle(locale, SAMSKAP_NS, bundle, true, true);
    }
  }
  return i18n;
}

export interface CreateSamskapI18nOptions {
  /** The starting language. Default `nb`. */
  locale?: LocaleCode;
  /** Per-locale overrides of built-in strings. */
  translations?: SamskapTranslations;
}

/**
 * A private i18next instance with the `samskap` namespace, initialised synchronously. It never
 * touches the global i18next singleton.
 */
export function createSamskapI18n(options: CreateSamskapI18nOptions = {}): I18n {
  const locale = options.locale ?? defaultLocale;
  const res: Resource = {};
  for (const [code, bundle] of Object.entries(resources)) {
    res[code] = {
      [SAMSKAP_NS]: deepMerge(bundle, options.translations?.[code]),
    } as ResourceLanguage;
  }
  for (const [code, bundle] of registeredResources()) {
    const base = (res[code]?.[SAMSKAP_NS] as object | undefined) ?? {};
    res[code] = {
      [SAMSKAP_NS]: deepMerge(deepMerge(base, bundle), options.translations?.[code]),
    } as ResourceLanguage;
  }
  for (const [code, bundle] of Object.entries(options.translations ?? {})) {
    if (!res[code] && bundle) res[code] = { [SAMSKAP_NS]: bundle } as ResourceLanguage;
  }
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    resources: res,
    ns: [SAMSKAP_NS],
    defaultNS: SAMSKAP_NS,
    fallbackLng: (code: string) => fallbackChainFor(code),
    supportedLngs: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** A translate function for Samskap keys. */
export type SamskapT = (key: SamskapKey, options?: Record<string, unknown>) => string;

/**
 * A translate function fixed to one locale and the `samskap` namespace. It sets its own key
 * separator and turns off HTML escaping per call (React escapes), so it behaves the same on a
 * host instance configured differently. Missing keys fall back along the locale's chain
 * (nn → nb → en; a registered locale along the chain it was registered with).
 */
export function samskapT(i18n: I18n, locale: string): SamskapT {
  const fixed = i18n.getFixedT(locale, SAMSKAP_NS);
  const chain = fallbackChainFor(locale);
  return (key, options) =>
    fixed(key, {
      keySeparator: '.',
      nsSeparator: false,
      interpolation: { escapeValue: false },
      fallbackLng: chain,
      ...options,
    } as TOptions) as string;
}
