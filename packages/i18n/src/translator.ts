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

type Tree = Record<string, unknown>;

function isTree(v: unknown): v is Tree {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * i18next's `deepExtend`, without changing either argument: what is new is copied along the
 * path, what is shared stays shared. That is what lets an instance hold the shipped objects
 * themselves (no copy per instance) and still take a host's additions.
 */
function extend(target: Tree, source: Tree, overwrite: boolean): Tree {
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

function pluralCategory(code: string, count: unknown): string {
  let rules = pluralRules.get(code);
  if (rules === undefined) {
    try {
      rules = new Intl.PluralRules(code.replace(/_/g, '-'));
    } catch {
      // A tag Intl rejects: its language part, or (as i18next) one and other.
      const part = code.split(/[-_]/)[0] ?? '';
      rules = part && part !== code ? (pluralRulesFor(part) ?? null) : null;
    }
    pluralRules.set(code, rules);
  }
  if (!rules) return count === 1 ? 'one' : 'other';
  return rules.select(count as number);
}

function pluralRulesFor(code: string): Intl.PluralRules | null | undefined {
  pluralCategory(code, 1);
  return pluralRules.get(code);
}

/** Whether the text from `from` to `to` holds a line break, which i18next's `.` does not match. */
function hasLineBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return i;
  }
  return -1;
}

function valueOf(values: Tree, name: string): { found: boolean; value?: unknown } {
  if (Object.hasOwn(values, name)) return { found: true, value: values[name] };
  if (name.includes('.')) {
    const value = at(values, name, '.');
    if (value !== undefined) return { found: true, value };
  }
  return { found: false };
}

/**
 * Fills `{{name}}` placeholders as i18next does with `escapeValue: false`: a value is written
 * as it is (React escapes), `null` and a key given as `undefined` as nothing, and a placeholder
 * whose value is not given stays as it is. `{{-name}}` (i18next's unescaped form) is the same
 * thing here. One pass from left to right, and a value is never read as a template, so the cost
 * is linear in the text and the values together, whatever a host or a reader wrote.
 */
export function interpolate(text: string, values: Tree | undefined): string {
  if (!values || !text.includes('{{')) return text;
  let out = '';
  let from = 0;
  let search = 0;
  for (;;) {
    const open = text.indexOf('{{', search);
    if (open < 0) break;
    // i18next's `{{(.+?)}}`: at least one character, then the first `}}` after it.
    const close = text.indexOf('}}', open + 3);
    if (close < 0) break;
    const lineBreak = hasLineBreak(text, open + 2, close);
    if (lineBreak >= 0) {
      // No match can start before the line break: go on after it.
      search = lineBreak + 1;
      continue;
    }
    const raw = text.slice(open + 2, close);
    const name = raw.startsWith('-') ? raw.slice(1).trim() : raw.trim();
    const { found, value } = valueOf(values, name);
    if (found) {
      out += text.slice(from, open) + (value == null ? '' : String(value));
      from = close + 2;
    }
    search = close + 2;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Options `t` reads; every other key is a value for the placeholders. */
interface TOptions extends Tree {
  lng?: unknown;
  ns?: unknown;
  fallbackLng?: unknown;
  count?: unknown;
  defaultValue?: unknown;
}

/**
 * Samskap's own translator: the part of i18next that Samskap's strings use, with nothing else
 * behind it. Nested keys with `.`, `{{name}}` placeholders (no HTML escaping: React escapes),
 * plurals by i18next's JSON v4 suffixes (`_zero` for a count of 0 when there is one, then the
 * `Intl.PluralRules` category: `_one`, `_two`, `_few`, `_many`, `_other`), the locale's fallback
 * chain (nn → nb → en, a registered locale's own chain), per-call `lng`, `fallbackLng`, `count`
 * and `defaultValue`, and the key itself for a string that is nowhere. Not supported, because no
 * Samskap string uses them: formats (`{{n, number}}`), nesting (`$t(...)`), context, ordinals,
 * `returnObjects`, events and backends. A host that needs those passes its own i18next instance
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

  constructor(language: string, defaultNS: string, resources?: Record<string, Tree>) {
    this.language = language;
    this.defaultNS = defaultNS;
    for (const [lng, bundle] of Object.entries(resources ?? {})) {
      this.data[lng] = { [defaultNS]: bundle };
    }
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
    const fallback = Array.isArray(o.fallbackLng)
      ? (o.fallbackLng as string[])
      : typeof o.fallbackLng === 'string'
        ? [o.fallbackLng]
        : fallbackChainFor(lng);
    const count = o.count;
    // i18next reads a string count as no count at all.
    const plural = count !== undefined && typeof count !== 'string';
    const found =
      this.lookup(lng, ns, key, plural, count) ??
      (lng.includes('-')
        ? this.lookup(lng.split('-')[0] as string, ns, key, plural, count)
        : undefined) ??
      this.lookupAlong(fallback, lng, ns, key, plural, count);
    if (found !== undefined) return interpolate(found, o);
    if (typeof o.defaultValue === 'string') return interpolate(o.defaultValue, o);
    return key;
  }

  private lookupAlong(
    codes: readonly string[],
    lng: string,
    ns: string,
    key: string,
    plural: boolean,
    count: unknown,
  ): string | undefined {
    for (const code of codes) {
      if (code === lng) continue;
      const found = this.lookup(code, ns, key, plural, count);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  // One language: the `_zero` form for a count of 0, then the plural category's form, then the
  // key itself, as i18next tries them.
  private lookup(
    code: string,
    ns: string,
    key: string,
    plural: boolean,
    count: unknown,
  ): string | undefined {
    const bundle = this.getResourceBundle(code, ns);
    if (!bundle) return undefined;
    if (plural) {
      if (count === 0) {
        const zero = at(bundle, `${key}_zero`, '.');
        if (typeof zero === 'string') return zero;
      }
      const form = at(bundle, `${key}_${pluralCategory(code, count)}`, '.');
      if (typeof form === 'string') return form;
    }
    const value = at(bundle, key, '.');
    return typeof value === 'string' ? value : undefined;
  }
}
