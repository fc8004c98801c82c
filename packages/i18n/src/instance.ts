import {
  defaultLocale,
  fallbackChainFor,
  type LocaleCode,
  registeredResources,
} from './locales.js';
import { coreResources } from './resources/core.js';
import type { AreaStrings } from './resources/index.js';
import type { SamskapKey, SamskapTranslations } from './resources/types.js';
import { extend, isTree, type SamskapI18n, SamskapTranslator } from './translator.js';

/** The namespace (in i18next's terms) that holds every Samskap string. */
export const SAMSKAP_NS = 'samskap';

/**
 * Adds the strings of every locale registered with `registerLocale` to an instance. The
 * provider calls it again when a locale is registered after the instance was made.
 */
export function addRegisteredLocales<I extends SamskapI18n>(
  i18n: I,
  translations?: SamskapTranslations,
): I {
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
export function addSamskapResources<I extends SamskapI18n>(
  i18n: I,
  translations?: SamskapTranslations,
): I {
  for (const [locale, bundle] of Object.entries(coreResources)) {
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
 * A private translator with the `samskap` namespace: Samskap's own (see `SamskapTranslator`),
 * ready at once, with no i18next behind it. It shares nothing with any i18next instance, the
 * global one included.
 */
export function createSamskapI18n(options: CreateSamskapI18nOptions = {}): SamskapTranslator {
  // The same layers as on a host's instance: shipped, registered, then the overrides. The
  // shipped areas are held as they are (the translator never changes one), not copied.
  return addSamskapResources(
    new SamskapTranslator(options.locale ?? defaultLocale, SAMSKAP_NS),
    options.translations,
  );
}

// The store's method takes the `silent` option (i18next's types leave the method out); the
// instance's does not.
interface SilentStore {
  addResourceBundle(
    lng: string,
    ns: string,
    resources: object,
    deep: boolean,
    overwrite: boolean,
    options: { silent: boolean },
  ): void;
}

const areasAdded = new WeakMap<SamskapI18n, Set<string>>();

/**
 * Adds one deferred area's strings (`themeBuilder`, say) to an instance, once per instance; the
 * component that uses the area calls it (through `useSamskapStrings`) before it translates.
 * Strings already there win, so the provider's `translations` and a registered locale's strings
 * stay on top. It emits no event: it runs while a component renders, and a host instance's
 * listeners must not re-render anything for it.
 */
export function addSamskapArea<I extends SamskapI18n>(
  i18n: I,
  area: string,
  strings: AreaStrings,
): I {
  let added = areasAdded.get(i18n);
  if (!added) {
    added = new Set();
    areasAdded.set(i18n, added);
  }
  if (added.has(area)) return i18n;
  added.add(area);
  // The bundle is replaced, not extended in place: an instance's bundles can be the shipped
  // objects themselves, or the host's `translations`, and neither may change.
  const store = i18n.store as SilentStore;
  for (const [locale, bundle] of Object.entries(strings)) {
    const there = i18n.getResourceBundle(locale, SAMSKAP_NS) as Record<string, unknown> | undefined;
    const own = there?.[area];
    const merged = isTree(own) ? extend(bundle, own, true) : bundle;
    store.addResourceBundle(locale, SAMSKAP_NS, { [area]: merged }, false, true, {
      silent: true,
    });
  }
  return i18n;
}

/** A translate function for Samskap keys. */
export type SamskapT = (key: SamskapKey, options?: Record<string, unknown>) => string;

/**
 * A translate function fixed to one locale and the `samskap` namespace, on Samskap's own
 * translator or a host's i18next instance. On a host instance configured differently it sets
 * its own key separator and turns off HTML escaping per call (React escapes), so it gives the
 * same strings everywhere. Missing keys fall back along the locale's chain (nn → nb → en; a
 * registered locale along the chain it was registered with).
 */
export function samskapT(i18n: SamskapI18n, locale: string): SamskapT {
  const chain = fallbackChainFor(locale);
  // Options given per call make i18next rebuild its interpolator (regular expressions and all)
  // on every call, which was a third of a server render's time. So only what the instance does
  // not already do is passed: nothing for Samskap's own translator (its options say so), the
  // separators and the escaping for a host's instance configured otherwise.
  const o = i18n.options ?? {};
  const base: Record<string, unknown> = { lng: locale, ns: SAMSKAP_NS, fallbackLng: chain };
  if (o.keySeparator !== '.') base.keySeparator = '.';
  if (o.nsSeparator !== false) base.nsSeparator = false;
  if (o.interpolation?.escapeValue !== false) base.interpolation = { escapeValue: false };
  // Calling `t` with `lng` and `ns` is what `getFixedT` does, without copying every instance
  // option on each call.
  return (key, options) => i18n.t(key, { ...base, ...options }) as string;
}
