import fc from 'fast-check';
import i18next, { type i18n as I18n, type Resource, type ResourceLanguage } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addSamskapArea,
  addSamskapResources,
  createSamskapI18n,
  SAMSKAP_NS,
  samskapT,
} from './instance.js';
import {
  fallbackChainFor,
  registeredResources,
  registerLocale,
  supportedLocales,
  unregisterLocale,
} from './locales.js';
import { coreResources } from './resources/core.js';
import { type StringTree, stringLeaves } from './resources/define.js';
import { deferredAreas, resources } from './resources/index.js';
import type {
  DeepPartial,
  SamskapKey,
  SamskapResources,
  SamskapTranslations,
} from './resources/types.js';
import type { SamskapI18n } from './translator.js';

// Samskap's own translator stands in for i18next in every provider without a host instance, so
// it must say exactly what i18next said: for every shipped key, in every language, with every
// plural count and with values in every placeholder. The reference is the private i18next
// instance createSamskapI18n made before (same options), and a host's instance with i18next's
// defaults and the strings added by addSamskapResources.

const loose = (tree: object) => tree as DeepPartial<SamskapResources>;

// Overrides that reach the plural and fallback paths the shipped strings alone do not: a `_zero`
// form, and a nynorsk override with a placeholder.
const translations: SamskapTranslations = {
  nb: loose({ cases: { list: { count_zero: 'Ingen saker' } } }),
  nn: loose({ comments: { form: { replyHeading: 'Svar til {{name}} ({{name}})' } } }),
};

/** The private instance as createSamskapI18n made it with i18next, option for option. */
function i18nextPrivate(): I18n {
  const res: Resource = {};
  const merge = (a: object, b: object | undefined): object =>
    b ? deepAssign(structuredClone(a) as Record<string, unknown>, b) : a;
  for (const [code, bundle] of Object.entries(coreResources)) {
    res[code] = { [SAMSKAP_NS]: merge(bundle, translations[code]) as ResourceLanguage };
  }
  for (const [code, bundle] of registeredResources()) {
    const base = (res[code]?.[SAMSKAP_NS] as object | undefined) ?? {};
    res[code] = {
      [SAMSKAP_NS]: merge(merge(base, bundle), translations[code]) as ResourceLanguage,
    };
  }
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'nb',
    resources: res,
    ns: [SAMSKAP_NS],
    defaultNS: SAMSKAP_NS,
    fallbackLng: (code: string) => fallbackChainFor(code),
    supportedLngs: false,
    keySeparator: '.',
    nsSeparator: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

function deepAssign(target: Record<string, unknown>, source: object): Record<string, unknown> {
  for (const [k, v] of Object.entries(source)) {
    const there = target[k];
    if (typeof v === 'object' && v && typeof there === 'object' && there) {
      deepAssign(there as Record<string, unknown>, v);
    } else if (v !== undefined) target[k] = v;
  }
  return target;
}

function i18nextHost(): I18n {
  const host = i18next.createInstance();
  void host.init({ lng: 'en', resources: {}, initAsync: false });
  return addSamskapResources(host, translations);
}

function withAllAreas<I extends SamskapI18n>(i18n: I): I {
  for (const [area, strings] of Object.entries(deferredAreas)) addSamskapArea(i18n, area, strings);
  return i18n;
}

// Every key once, plural forms folded into their base key.
const keys = [
  ...new Set(
    [...stringLeaves(resources.nb as unknown as StringTree).keys()].map((k) =>
      k.replace(/_(zero|one|two|few|many|other)$/, ''),
    ),
  ),
] as SamskapKey[];

// Values for each key: one for every placeholder any language's string of that key (or its
// plural forms) has, and one more that no string has. Each shows a difference if there is one:
// markup and an ampersand (no escaping) and a placeholder inside the value (never read again).
const leaves = supportedLocales.map((l) => stringLeaves(resources[l] as unknown as StringTree));
const valuesFor = new Map<string, Record<string, unknown>>();
for (const strings of leaves) {
  for (const [leaf, text] of strings) {
    const base = leaf.replace(/_(zero|one|two|few|many|other)$/, '');
    const values = valuesFor.get(base) ?? { unused: 'x' };
    for (const m of text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)) {
      const name = m[1] as string;
      if (name !== 'count') values[name] = `<${name}> & "{{count}}"`;
    }
    valuesFor.set(base, values);
  }
}

const locales = [...supportedLocales, 'se', 'sma'];

describe('Samskap’s translator says what i18next says', () => {
  beforeAll(() => {
    registerLocale({
      code: 'se',
      resources: loose({
        languageSwitcher: { label: 'Vállje giela' },
        cases: { list: { count_one: '{{count}} ášši', count_two: '{{count}} ášši (guokte)' } },
      }),
    });
    registerLocale({ code: 'sma', fallback: ['nn'], resources: {} });
  });
  afterAll(() => {
    unregisterLocale('se');
    unregisterLocale('sma');
  });

  // The differences, as `locale:key count: ours ≠ theirs`; the test wants none. One comparison
  // per key, language and count, collected rather than asserted one by one, so the run is quick.
  function differences(ref: I18n): string[] {
    const own = withAllAreas(createSamskapI18n({ translations }));
    withAllAreas(ref);
    const out: string[] = [];
    let compared = 0;
    for (const locale of locales) {
      const ours = samskapT(own, locale);
      const theirs = samskapT(ref, locale);
      for (const key of keys) {
        // No values at all: placeholders stay as they are in both.
        for (const count of [null, undefined, 0, 1, 2, 5]) {
          const values = valuesFor.get(key);
          const options =
            count === null ? undefined : count === undefined ? values : { ...values, count };
          const a = ours(key, options);
          const b = theirs(key, options);
          if (a !== b) out.push(`${locale}:${key} ${count}: ${a} ≠ ${b}`);
          compared++;
        }
      }
    }
    expect(compared).toBe(locales.length * keys.length * 6);
    return out;
  }

  it('for every key, language and count, against the private i18next instance it replaces', () => {
    expect(differences(i18nextPrivate())).toEqual([]);
  });

  it("for every key, language and count, against a host's i18next instance", () => {
    expect(differences(i18nextHost())).toEqual([]);
  });

  it('for a missing key and for a deferred area not yet added: the key', () => {
    const own = createSamskapI18n();
    const ref = i18nextPrivate();
    for (const locale of locales) {
      for (const key of ['nothing.here', 'themeBuilder.heading'] as SamskapKey[]) {
        expect(samskapT(own, locale)(key), `${locale}:${key}`).toBe(key);
        expect(samskapT(ref, locale)(key), `${locale}:${key}`).toBe(key);
      }
      // A key that names a group of strings is the one difference: i18next 26 answers with a
      // sentence about it (and from 27 with the key); Samskap's translator gives the key.
      expect(samskapT(own, locale)('cases.list' as SamskapKey)).toBe('cases.list');
    }
  });

  it('for any template a host writes and any values', () => {
    // Braces, line breaks, spaces and dots, in any order. (Not i18next's `{{-a}}`, which it fills
    // in a pass of its own before the others: inside another placeholder, `{{{{-a}}`, the two
    // passes give another result than one. No Samskap string has either.)
    const template = fc
      .array(fc.constantFrom('{{', '}}', '{', '}', 'a', 'b', 'a.b', ' ', '\n', 'x'), {
        maxLength: 14,
      })
      .map((parts) => parts.join(''));
    const value = fc.oneof(
      fc.constantFrom('A', '', '{{b}}', '<i>&</i>', null, undefined),
      fc.integer({ min: -2, max: 5 }),
    );
    const own = createSamskapI18n();
    const ref = i18next.createInstance();
    void ref.init({ lng: 'nb', resources: {}, initAsync: false });
    addSamskapResources(ref);
    fc.assert(
      fc.property(
        template,
        fc.record({ a: value, b: value }, { requiredKeys: [] }),
        (text, vals) => {
          // The same host-written string replaces the same key in both.
          for (const i18n of [own, ref] as SamskapI18n[]) {
            i18n.addResourceBundle('nb', SAMSKAP_NS, { button: { loading: text } }, true, true);
          }
          expect(samskapT(own, 'nb')('button.loading', vals)).toBe(
            samskapT(ref, 'nb')('button.loading', vals),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
