import { fallbackChainFor } from './locales.js';

/**
 * What Samskap needs of a translation instance: the part of i18next's `i18n` that
 * `samskapT`, `addSamskapArea`, `addSamskapResources` and the components use. Samskap's own
 * translator (what `createSamskapI18n` returns) has it, and so does any i18next instance, so a
 * host's instance goes wherever Samskap's goes.
 */
export interface SamskapI18n {
  /** The instance's current language: what `t` uses when a call names none. */
  language: string;
  /** The options `samskapT` reads to know what to pass per call. */
  options: {
    keySeparator?: string | false;
    nsSeparator?: string | false;
    interpolation?: { escapeValue?: boolean };
  };
  // Methods (not function properties), so that i18next's overloaded signatures fit.
  t(key: string, options?: Record<string, unknown>): unknown;
  addResourceBundle(
    lng: string,
    ns: string,
    resources: object,
    deep?: boolean,
    overwrite?: boolean,
  ): unknown;
  getResourceBundle(lng: string, ns: string): unknown;
  getResource(
    lng: string,
    ns: string,
    key: string,
    options?: { keySeparator?: string | false },
  ): unknown;
  /**
   * The resource store. Its `addResourceBundle` also takes `{ silent: true }`, to add strings
   * without an event (i18next's types leave that method out of the store's type).
   */
  store: object;
}

/**
 * What `SamskapProvider` needs of a host app's i18next instance: Samskap's strings go in, and the
 * provider follows the instance's language and new strings through its events. Written out here,
 * not imported from i18next, so that an app without i18next installed gets complete types. An
 * i18next instance fits it (a type test checks that).
 */
export interface SamskapHostI18n extends SamskapI18n {
  /** The language i18next settled on from `language` and its fallbacks. */
  resolvedLanguage?: string;
  // The event names are strings, not the two names the provider uses: i18next's overloads only
  // fit a signature as wide as its own catch-all one.
  // biome-ignore lint/suspicious/noExplicitAny: the listener shape of i18next's own catch-all overload
  on(event: string, listener: (...args: any[]) => void): unknown;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  off(event: string, listener?: (...args: any[]) => void): unknown;
  store: {
    // biome-ignore lint/suspicious/noExplicitAny: as above
    on(event: string, listener: (...args: any[]) => void): unknown;
    // biome-ignore lint/suspicious/noExplicitAny: as above
    off(event: string, listener?: (...args: any[]) => void): unknown;
  };
}

type Tree = Record<string, unknown>;

export function isTree(v: unknown): v is Tree {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * i18next's `deepExtend`, without changing either argument: what is new is copied along the
 * path, what is shared stays shared. That is what lets an instance hold the shipped objects
 * themselves (no copy per instance) and still take a host's additions.
 */
export function extend(target: Tree, source: Tree, overwrite: boolean): Tree {
  const out: Tree = { ...target };
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor') continue;
    const value = source[key];
    // i18next copies what it is given through JSON, which drops undefined values.
    if (value === undefined) continue;
    if (!Object.hasOwn(out, key)) out[key] = value;
    else if (typeof out[key] === 'string' || typeof value === 'string') {
      if (overwrite) out[key] = value;
    } else if (isTree(out[key]) && isTree(value)) out[key] = extend(out[key], value, overwrite);
    else if (overwrite) out[key] = value;
  }
  return out;
}

/** The value at a dotted path through own properties only (so `constructor` finds nothing). */
function at(tree: unknown, path: string, separator: string | false): unknown {
  if (!isTree(tree)) return undefined;
  if (separator === false || !path.includes(separator)) {
    return Object.hasOwn(tree, path) ? tree[path] : undefined;
  }
  let node: unknown = tree;
  for (const part of path.split(separator)) {
    if (!isTree(node) || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

// One `Intl.PluralRules` per language for the whole page: making one costs more than a
// translation, and the rules of a language never change.
const pluralRules = new Map<string, Intl.PluralRules | null>();

function rulesFor(code: string): Intl.PluralRules | null {
  let rules = pluralRules.get(code);
  if (rules === undefined) {
    try {
      rules = new Intl.PluralRules(code);
    } catch {
      // A tag Intl rejects: its language's rules, or (as i18next) one for 1 and other for the rest.
      rules = code.includes('-') ? rulesFor(code.split('-')[0] as string) : null;
    }
    pluralRules.set(code, rules);
  }
  return rules;
}

/**
 * Fills `{{name}}` placeholders as i18next does with `escapeValue: false`: a value is written
 * as it is (React escapes), `null` and a key given as `undefined` as nothing, and a placeholder
 * whose value is not given stays as it is. `{{-name}}` (i18next's unescaped form) is the same
 * thing here. One pass from left to right, and a value is never read as a template, so the cost
 * is linear in the text and the values together, whatever a host or a reader wrote.
 */
export function interpolate(text: string, values: Tree | undefined): string {
  if (!values) return text;
  let out = '';
  let from = 0;
  let open = text.indexOf('{{');
  while (open >= 0) {
    // i18next's `{{(.+?)}}`: at least one character, then the first `}}` after it.
    const close = text.indexOf('}}', open + 3);
    if (close < 0) break;
    // Its `.` matches no line break: no match starts before the last one in between.
    let next = close + 2;
    for (let i = close; --i > open + 1; ) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13 || (c | 1) === 0x2029) {
        next = i + 1;
        break;
      }
    }
    if (next > close) {
      let name = text.slice(open + 2, close);
      name = (name[0] === '-' ? name.slice(1) : name).trim();
      const own = Object.hasOwn(values, name);
      const value = own ? values[name] : at(values, name, '.');
      if (own || value !== undefined) {
        out += text.slice(from, open) + (value == null ? '' : String(value));
        from = next;
      }
    }
    open = text.indexOf('{{', next);
  }
  return out + text.slice(from);
}

/** Options `t` reads; every other key is a value for the placeholders. */
interface TOptions extends Tree {
  lng?: unknown;
  ns?: unknown;
  fallbackLng?: unknown;
  count?: unknown;
}

/**
 * Samskap's own translator: the part of i18next that Samskap's strings use, with nothing else
 * behind it. Nested keys with `.`, `{{name}}` placeholders (no HTML escaping: React escapes),
 * plurals by i18next's JSON v4 suffixes (`_zero` for a count of 0 when there is one, then the
 * `Intl.PluralRules` category: `_one`, `_two`, `_few`, `_many`, `_other`), the locale's fallback
 * chain (nn → nb → en, a registered locale's own chain), per-call `lng`, `fallbackLng` and
 * `count`, and the key itself for a string that is nowhere (or for a key that names a group of
 * strings). Not supported, because no Samskap string or caller uses them: formats
 * (`{{n, number}}`), nesting (`$t(...)`), context, ordinals, `defaultValue`, `returnObjects`,
 * events and backends. A host that needs those passes its own i18next instance
 * to the provider.
 *
 * It holds the bundles it is given without copying them, and never changes one: an addition
 * makes new objects along its path.
 */
export class SamskapTranslator implements SamskapI18n {
  language: string;
  readonly options = {
    keySeparator: '.' as const,
    nsSeparator: false as const,
    interpolation: { escapeValue: false },
  };
  private readonly data: Record<string, Record<string, Tree>> = {};
  private readonly defaultNS: string;

  constructor(language: string, defaultNS: string) {
    this.language = language;
    this.defaultNS = defaultNS;
  }

  /** The store is the translator itself; it has no events, so `silent` changes nothing. */
  get store(): this {
    return this;
  }

  getResourceBundle(lng: string, ns: string): Tree | undefined {
    return Object.hasOwn(this.data, lng) ? this.data[lng]?.[ns] : undefined;
  }

  getResource(
    lng: string,
    ns: string,
    key: string,
    options?: { keySeparator?: string | false },
  ): unknown {
    return at(this.getResourceBundle(lng, ns), key, options?.keySeparator ?? '.');
  }

  /**
   * i18next's `addResourceBundle`: `deep` merges into what is there (`overwrite` deciding
   * whether a string already there gives way), otherwise the top-level keys replace theirs.
   */
  addResourceBundle(
    lng: string,
    ns: string,
    resources: object,
    deep = false,
    overwrite = false,
  ): this {
    if (!isTree(resources) || lng === '__proto__' || ns === '__proto__') return this;
    const there = this.getResourceBundle(lng, ns) ?? {};
    const bundle = deep ? extend(there, resources, overwrite) : { ...there, ...resources };
    if (!Object.hasOwn(this.data, lng)) this.data[lng] = {};
    (this.data[lng] as Record<string, Tree>)[ns] = bundle;
    return this;
  }

  t(key: string, options?: TOptions): string {
    const o: TOptions = options ?? {};
    const lng = typeof o.lng === 'string' && o.lng ? o.lng : this.language;
    const ns = typeof o.ns === 'string' ? o.ns : this.defaultNS;
    const given = o.fallbackLng;
    // The language, its language part (`nn` for `nn-NO`), then its chain, as i18next orders them.
    const codes = [lng, lng.split('-')[0] as string].concat(
      Array.isArray(given) ? given : typeof given === 'string' ? given : fallbackChainFor(lng),
    );
    const count = o.count;
    // i18next reads a string count as no count at all.
    const plural = count !== undefined && typeof count !== 'string';
    for (const code of codes) {
      const bundle = this.getResourceBundle(code, ns);
      if (!bundle) continue;
      // In each language: the `_zero` form for a count of 0, then the plural category's form,
      // then the key itself.
      let found = plural && count === 0 ? at(bundle, `${key}_zero`, '.') : undefined;
      if (plural && typeof found !== 'string') {
        const rules = rulesFor(code);
        const category = rules ? rules.select(count as number) : count === 1 ? 'one' : 'other';
        found = at(bundle, `${key}_${category}`, '.');
      }
      if (typeof found !== 'string') found = at(bundle, key, '.');
      if (typeof found === 'string') return interpolate(found, o);
    }
    return key;
  }
}
