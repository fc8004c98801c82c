import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { addSamskapArea, addSamskapResources, createSamskapI18n, samskapT } from './instance.js';
import { localeInfo, supportedLocales } from './locales.js';
import { coreAreas, coreResources } from './resources/core.js';
import { type StringTree, stringLeaves } from './resources/define.js';
import { deferredAreas, resources } from './resources/index.js';
import type { SamskapKey } from './resources/types.js';

const placeholders = (s: string) =>
  [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

/** Keys of a plural family that lack a sibling: every `_one` needs an `_other` and back. */
function missingPluralForms(keys: string[]): string[] {
  const set = new Set(keys);
  const missing: string[] = [];
  for (const key of keys) {
    if (key.endsWith('_one') && !set.has(`${key.slice(0, -4)}_other`)) {
      missing.push(`${key.slice(0, -4)}_other`);
    }
    if (key.endsWith('_other') && !set.has(`${key.slice(0, -6)}_one`)) {
      missing.push(`${key.slice(0, -6)}_one`);
    }
  }
  return missing;
}

const byLocale = Object.fromEntries(
  supportedLocales.map((l) => [l, stringLeaves(resources[l] as unknown as StringTree)]),
);
const nbKeys = [...(byLocale.nb?.keys() ?? [])].sort();

describe('the samskap namespace', () => {
  it('has strings', () => {
    expect(nbKeys.length).toBeGreaterThan(0);
  });
  for (const locale of supportedLocales) {
    it(`${locale} has exactly the same keys as nb`, () => {
      expect([...(byLocale[locale]?.keys() ?? [])].sort()).toEqual(nbKeys);
    });
    it(`${locale} has no empty strings`, () => {
      for (const [key, value] of byLocale[locale] ?? []) {
        expect(value.trim(), `${locale}:${key}`).not.toBe('');
      }
    });
    it(`${locale} uses the same placeholders as nb in every string`, () => {
      for (const key of nbKeys) {
        expect(placeholders(byLocale[locale]?.get(key) ?? ''), `${locale}:${key}`).toEqual(
          placeholders(byLocale.nb?.get(key) ?? ''),
        );
      }
    });
  }
  // Word by word (bokmål in nynorsk, one term per idea, punctuation) every string is checked in
  // writing/writing.test.ts, against the data the writing guide shows.
  it('nn is written in nynorsk, not copied from bokmål', () => {
    expect(resources.nn.languageSwitcher.label).toBe('Vel språk');
    expect(resources.nn.languageSwitcher.changeTo).toBe('Byt språk til');
    expect(resources.nn.button.loading).not.toBe(resources.nb.button.loading);
  });

  it('nn differs from nb in every area with more than two strings', () => {
    for (const area of Object.keys(resources.nb)) {
      const keys = nbKeys.filter((k) => k.startsWith(`${area}.`));
      if (keys.length <= 2) continue;
      const same = keys.filter((k) => byLocale.nn?.get(k) === byLocale.nb?.get(k));
      expect(same.length, `${area}: nn is a copy of nb`).toBeLessThan(keys.length);
    }
  });

  it('every plural key has its siblings in every locale, and i18next picks them', () => {
    const i18n = createSamskapI18n();
    for (const [area, strings] of Object.entries(deferredAreas))
      addSamskapArea(i18n, area, strings);
    for (const locale of supportedLocales) {
      const keys = [...(byLocale[locale]?.keys() ?? [])];
      expect(missingPluralForms(keys), locale).toEqual([]);
      for (const key of keys.filter((k) => k.endsWith('_one'))) {
        const base = key.slice(0, -'_one'.length) as SamskapKey;
        const t = samskapT(i18n, locale);
        expect(t(base, { count: 1 }), `${locale}:${base} one`).toBe(
          byLocale[locale]?.get(key)?.replace('{{count}}', '1'),
        );
        expect(t(base, { count: 2 }), `${locale}:${base} other`).toBe(
          byLocale[locale]?.get(`${base}_other`)?.replace('{{count}}', '2'),
        );
      }
    }
  });

  it('the plural check catches a lone _one key', () => {
    expect(missingPluralForms(['a.count_one', 'b.count_one', 'b.count_other'])).toEqual([
      'a.count_other',
    ]);
    expect(missingPluralForms(['a.count_other'])).toEqual(['a.count_one']);
  });
});

describe('createSamskapI18n', () => {
  it('gives an isolated instance that leaves the global i18next alone', async () => {
    await i18next.init({ lng: 'sv', resources: {} });
    const before = i18next.language;
    const a = createSamskapI18n({ locale: 'nn' });
    const b = createSamskapI18n({ locale: 'en' });
    expect(a).not.toBe(i18next);
    expect(a.language).toBe('nn');
    expect(b.language).toBe('en');
    expect(i18next.language).toBe(before);
    expect(i18next.exists('languageSwitcher.label', { ns: 'samskap' })).toBe(false);
  });

  it('translates in each locale', () => {
    const i18n = createSamskapI18n();
    expect(samskapT(i18n, 'nb')('languageSwitcher.label')).toBe('Velg språk');
    expect(samskapT(i18n, 'nn')('languageSwitcher.label')).toBe('Vel språk');
    expect(samskapT(i18n, 'en')('languageSwitcher.label')).toBe('Choose language');
  });

  it('layers translations over the shipped strings for one locale only', () => {
    const i18n = createSamskapI18n({ translations: { nn: { button: { loading: 'Vent litt' } } } });
    expect(samskapT(i18n, 'nn')('button.loading')).toBe('Vent litt');
    expect(samskapT(i18n, 'nb')('button.loading')).toBe('Laster inn …');
    expect(samskapT(i18n, 'nn')('languageSwitcher.label')).toBe('Vel språk');
  });
});

describe('samskapT on a host instance configured otherwise', () => {
  it('gives the same strings with other separators and HTML escaping on', () => {
    const host = i18next.createInstance();
    void host.init({
      lng: 'en',
      resources: {},
      initAsync: false,
      keySeparator: ':',
      nsSeparator: '|',
      interpolation: { escapeValue: true },
    });
    addSamskapResources(host);
    const own = createSamskapI18n();
    for (const locale of supportedLocales) {
      const values = { name: 'Kari & <Ola>' };
      expect(samskapT(host, locale)('comments.form.replyHeading', values)).toBe(
        samskapT(own, locale)('comments.form.replyHeading', values),
      );
    }
    expect(samskapT(host, 'nb')('comments.form.replyHeading', { name: 'Kari & <Ola>' })).toBe(
      'Svar til Kari & <Ola>',
    );
    expect(host.language).toBe('en');
  });
});

describe('deferred areas', () => {
  it('every area is either core or deferred, and the full resources hold both', () => {
    const core = Object.keys(coreAreas);
    const deferred = Object.keys(deferredAreas);
    expect(core.filter((a) => deferred.includes(a))).toEqual([]);
    expect(Object.keys(resources.nb).sort()).toEqual([...core, ...deferred].sort());
  });

  it('an instance starts without them and gets one area when a component adds it', () => {
    const i18n = createSamskapI18n();
    const t = samskapT(i18n, 'nn');
    expect(t('themeBuilder.heading')).toBe('themeBuilder.heading');
    addSamskapArea(i18n, 'themeBuilder', deferredAreas.themeBuilder);
    expect(t('themeBuilder.heading')).toBe(resources.nn.themeBuilder.heading);
    expect(samskapT(i18n, 'en')('themeBuilder.heading')).toBe(resources.en.themeBuilder.heading);
    // The shipped objects stay as they were, so the next instance starts without the area too.
    expect(Object.keys(coreResources.nn)).not.toContain('themeBuilder');
    expect(samskapT(createSamskapI18n(), 'nn')('themeBuilder.heading')).toBe(
      'themeBuilder.heading',
    );
  });

  it("keeps the provider's translations and emits nothing on a host's instance", () => {
    const own = createSamskapI18n({
      translations: { nb: { themeBuilder: { heading: 'Vårt tema' } } },
    });
    addSamskapArea(own, 'themeBuilder', deferredAreas.themeBuilder);
    expect(samskapT(own, 'nb')('themeBuilder.heading')).toBe('Vårt tema');
    expect(samskapT(own, 'nb')('themeBuilder.form.name')).toBe(resources.nb.themeBuilder.form.name);

    const host = i18next.createInstance();
    void host.init({ lng: 'nb', resources: {}, initAsync: false });
    addSamskapResources(host, { nb: { themeBuilder: { heading: 'Vertens tema' } } });
    const events: string[] = [];
    host.store.on('added', (lng: string) => events.push(lng));
    addSamskapArea(host, 'themeBuilder', deferredAreas.themeBuilder);
    addSamskapArea(host, 'themeBuilder', deferredAreas.themeBuilder);
    expect(events).toEqual([]);
    expect(samskapT(host, 'nb')('themeBuilder.heading')).toBe('Vertens tema');
    expect(samskapT(host, 'nn')('themeBuilder.heading')).toBe(resources.nn.themeBuilder.heading);
    expect(samskapT(host, 'nb')('themeBuilder.form.name')).toBe(
      resources.nb.themeBuilder.form.name,
    );
  });
});

describe('localeInfo', () => {
  it('names each language in itself and gives its BCP 47 tag', () => {
    expect(localeInfo.nb).toMatchObject({
      nativeName: 'Norsk bokmål',
      tag: 'nb-NO',
      hreflang: 'nb',
    });
    expect(localeInfo.nn).toMatchObject({
      nativeName: 'Norsk nynorsk',
      tag: 'nn-NO',
      hreflang: 'nn',
    });
    expect(localeInfo.en).toMatchObject({ nativeName: 'English', tag: 'en-GB', hreflang: 'en' });
  });
});
