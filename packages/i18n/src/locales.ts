import type { DeepPartial, SamskapResources } from './resources/types.js';

/** The locales whose strings Samskap ships, written by hand. */
export const supportedLocales = ['nb', 'nn', 'en'] as const;
export type SamskapLocale = (typeof supportedLocales)[number];

/** A shipped locale or one an agency registered with `registerLocale` (`se`, say). */
export type LocaleCode = SamskapLocale | (string & {});

/** The locale used when nothing better is known. */
export const defaultLocale: SamskapLocale = 'nb';

export interface LocaleInfo {
  /** The short code used in Samskap's API and resources: `nb`. */
  code: string;
  /** The language's name in the language itself: "Norsk nynorsk". */
  nativeName: string;
  /** The language's name in English: "Norwegian Nynorsk". */
  englishName: string;
  /** The BCP 47 tag for `lang` attributes and `Intl`: `nn-NO`. */
  tag: string;
  /** The value for `hreflang` on links to this language's version of a page. */
  hreflang: string;
  /** Text direction. */
  dir: 'ltr' | 'rtl';
}

/**
 * Metadata of the shipped locales, plus Northern Sámi (`se`), whose metadata ships so that an
 * agency that registers its strings with `registerLocale({ code: 'se', ... })` needs nothing else.
 */
export const localeInfo: Readonly<Record<SamskapLocale | 'se', LocaleInfo>> = {
  nb: {
    code: 'nb',
    nativeName: 'Norsk bokmål',
    englishName: 'Norwegian Bokmål',
    tag: 'nb-NO',
    hreflang: 'nb',
    dir: 'ltr',
  },
  nn: {
    code: 'nn',
    nativeName: 'Norsk nynorsk',
    englishName: 'Norwegian Nynorsk',
    tag: 'nn-NO',
    hreflang: 'nn',
    dir: 'ltr',
  },
  en: {
    code: 'en',
    nativeName: 'English',
    englishName: 'English',
    tag: 'en-GB',
    hreflang: 'en',
    dir: 'ltr',
  },
  se: {
    code: 'se',
    nativeName: 'Davvisámegiella',
    englishName: 'Northern Sámi',
    tag: 'se-NO',
    hreflang: 'se',
    dir: 'ltr',
  },
};

/** Narrows any string to a shipped locale. */
export function isSupportedLocale(value: unknown): value is SamskapLocale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

/** Where a locale's missing strings come from: nn falls back to nb, then en. */
export const fallbackChains: Record<SamskapLocale, SamskapLocale[]> = {
  nb: ['en'],
  nn: ['nb', 'en'],
  en: [],
};

/** What `registerLocale` takes: a new language for every switcher and provider. */
export interface LocaleDefinition extends Partial<Omit<LocaleInfo, 'code'>> {
  /** The short code (`se`). Letters, digits and hyphens only. */
  code: string;
  /**
   * The language's strings. Any key left out falls back along `fallback`, so a partial
   * translation is fine.
   */
  resources?: DeepPartial<SamskapResources>;
  /**
   * Where missing strings come from, in order: one code (`'nb'`, as i18next also accepts) or a
   * list. The chain of the last shipped locale in it is appended, so it always ends in a
   * complete locale. @default ['nb']
   */
  fallback?: string | readonly string[];
}

interface Registered {
  info: LocaleInfo;
  resources: DeepPartial<SamskapResources>;
  fallback: string[];
}

const registry = new Map<string, Registered>();
const listeners = new Set<() => void>();
let registryVersion = 0;

// Metadata is looked up by codes from data and URLs: only the object's own keys count, so
// `constructor` or `__proto__` never reach Object.prototype.
function shippedInfo(code: string): LocaleInfo | undefined {
  return Object.hasOwn(localeInfo, code)
    ? (localeInfo as Record<string, LocaleInfo>)[code]
    : undefined;
}

function normaliseCode(code: string): string {
  return code.trim().replace(/_/g, '-').toLowerCase();
}

/**
 * Adds a language (or replaces an earlier registration of it). Switchers list it, providers
 * can use it, and its missing strings fall back along its chain. Registration is global to
 * the page (like a font), so do it once at start-up, before rendering.
 *
 * Registering a shipped code (`nb`, `nn`, `en`) layers the resources over the shipped ones.
 */
export function registerLocale(definition: LocaleDefinition): LocaleInfo {
  const code = normaliseCode(definition.code);
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(code)) {
    throw new RangeError(`registerLocale: "${definition.code}" is not a language code`);
  }
  const known = shippedInfo(code);
  const tag = definition.tag ?? known?.tag ?? code;
  const info: LocaleInfo = {
    code,
    nativeName: definition.nativeName ?? known?.nativeName ?? code,
    englishName: definition.englishName ?? known?.englishName ?? definition.nativeName ?? code,
    tag,
    hreflang: definition.hreflang ?? known?.hreflang ?? code,
    dir: definition.dir ?? known?.dir ?? 'ltr',
  };
  const previous = registry.get(code);
  const given = definition.fallback;
  const list =
    typeof given === 'string' ? [given] : (given ?? previous?.fallback ?? [defaultLocale]);
  if (!Array.isArray(list) || list.some((c) => typeof c !== 'string')) {
    throw new TypeError(
      `registerLocale: "fallback" of "${definition.code}" must be a language code or a list of them, e.g. 'nb' or ['nn', 'nb']`,
    );
  }
  const fallback = list.map(normaliseCode).filter((c) => c !== code);
  registry.set(code, { info, resources: definition.resources ?? {}, fallback });
  registryVersion++;
  for (const listener of listeners) listener();
  return info;
}

/** Removes a registered locale (for tests and stories). Shipped locales stay. */
export function unregisterLocale(code: string): void {
  if (registry.delete(normaliseCode(code))) {
    registryVersion++;
    for (const listener of listeners) listener();
  }
}

/** Calls `listener` whenever a locale is registered or removed; returns the unsubscribe. */
export function subscribeToLocales(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Grows by one on every registration; a cheap snapshot for `useSyncExternalStore`. */
export function getLocalesVersion(): number {
  return registryVersion;
}

/** The shipped locales followed by every registered one, in registration order. */
export function availableLocales(): LocaleCode[] {
  const out: string[] = [...supportedLocales];
  for (const code of registry.keys()) if (!out.includes(code)) out.push(code);
  return out;
}

/** Whether a code is shipped or registered. */
export function isAvailableLocale(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (isSupportedLocale(value) || registry.has(value));
}

/** The registered resources of a locale, if any (used when building i18next instances). */
export function registeredResources(): Array<[string, DeepPartial<SamskapResources>]> {
  return [...registry].map(([code, r]) => [code, r.resources]);
}

/**
 * Metadata of any locale code: a registered one, a shipped one (including `se`), or, for an
 * unknown code, the code itself as name and tag, so nothing ever renders empty.
 */
export function getLocaleInfo(code: string): LocaleInfo {
  if (typeof code !== 'string') code = String(code);
  const registered = registry.get(code)?.info;
  if (registered) return registered;
  const known = shippedInfo(code);
  if (known) return known;
  return { code, nativeName: code, englishName: code, tag: code, hreflang: code, dir: 'ltr' };
}

/**
 * The full fallback chain of a locale, without the locale itself: nn gives `['nb', 'en']`, a
 * registered `se` with `fallback: ['nb']` gives `['nb', 'en']`, an unknown code gives the
 * default locale's chain.
 */
export function fallbackChainFor(code: string): string[] {
  const out: string[] = [];
  const visit = (c: string) => {
    if (c === code || out.includes(c)) return;
    out.push(c);
    const r = registry.get(c);
    if (r) for (const next of r.fallback) visit(next);
    else if (isSupportedLocale(c)) for (const next of fallbackChains[c]) visit(next);
  };
  const own = registry.get(code);
  if (own) {
    for (const c of own.fallback) visit(c);
    // A registered shipped code still falls back along its shipped chain.
    if (isSupportedLocale(code)) for (const c of fallbackChains[code]) visit(c);
  } else if (isSupportedLocale(code)) {
    for (const c of fallbackChains[code]) visit(c);
  } else {
    visit(defaultLocale);
  }
  // A chain that names only unknown codes still ends in a complete locale.
  if (!isSupportedLocale(code) && !out.some(isSupportedLocale)) {
    visit(defaultLocale);
    for (const c of fallbackChains[defaultLocale]) visit(c);
  }
  return out;
}
