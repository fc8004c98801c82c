import { afterEach, describe, expect, it } from 'vitest';
import { expectLinear } from '../../../test/linear.js';
import { addSamskapArea, createSamskapI18n, SAMSKAP_NS, samskapT } from './instance.js';
import { registerLocale, unregisterLocale } from './locales.js';
import { coreResources } from './resources/core.js';
import { deferredAreas, resources } from './resources/index.js';
import type { DeepPartial, SamskapKey, SamskapResources } from './resources/types.js';
import { interpolate, SamskapTranslator } from './translator.js';

afterEach(() => {
  unregisterLocale('se');
  unregisterLocale('cy');
});

// Resources outside the shipped key set (plural forms nb has no use for, test-only keys) are
// typed loosely on purpose.
const loose = (tree: object) => tree as DeepPartial<SamskapResources>;
const key = (k: string) => k as SamskapKey;

function translator(language: string, bundles: Record<string, object>): SamskapTranslator {
  const i18n = new SamskapTranslator(language, SAMSKAP_NS);
  for (const [lng, bundle] of Object.entries(bundles))
    i18n.addResourceBundle(lng, SAMSKAP_NS, bundle);
  return i18n;
}

describe('interpolation', () => {
  it('fills each placeholder with its value, as text and without HTML escaping', () => {
    expect(interpolate('Svar til {{name}}', { name: 'Kari & <Ola>' })).toBe(
      'Svar til Kari & <Ola>',
    );
    expect(interpolate('{{ a }}+{{a}}={{sum}}', { a: 1, sum: 2 })).toBe('1+1=2');
    expect(interpolate('{{-name}}', { name: 'Ola' })).toBe('Ola');
    expect(interpolate('{{user.name}}', { user: { name: 'Ola' } })).toBe('Ola');
  });

  it('leaves a placeholder without a value as it is, and writes null as nothing', () => {
    expect(interpolate('Hei {{name}}', {})).toBe('Hei {{name}}');
    expect(interpolate('Hei {{name}}!', { name: null })).toBe('Hei !');
    expect(interpolate('Hei {{name}}!', { name: undefined })).toBe('Hei !');
    // Only the values' own keys count: no placeholder reaches Object.prototype.
    expect(interpolate('{{constructor}} {{toString}}', {})).toBe('{{constructor}} {{toString}}');
  });

  it('reads no placeholder across a line break, as i18next does not', () => {
    expect(interpolate('{{a\n}} {{b}}', { a: 'A', b: 'B' })).toBe('{{a\n}} B');
    expect(interpolate('{{a\n{{b}}', { b: 'B' })).toBe('{{a\nB');
  });

  it('never reads a value as a template', () => {
    expect(interpolate('{{a}} {{b}}', { a: '{{b}}', b: 'B' })).toBe('{{b}} B');
  });

  it('is linear in the length of the text, whatever it holds', () => {
    // Joined, not concatenated: the text is one flat string before the clock starts.
    const text = (n: number, i: number, head: string, unit: string, tail: string) =>
      [i, head, ...Array.from({ length: n }, () => unit), tail].join('');
    const fill = (t: string) => interpolate(t, { a: 1 });
    expectLinear((n, i) => text(n, i, '', '{{', ''), fill, { n: 50_000 });
    expectLinear((n, i) => text(n, i, '{{a', '\n{{', '}}'), fill, { n: 50_000 });
    expectLinear((n, i) => text(n, i, '', '{{a}}{{b.', '}}'), fill, { n: 10_000 });
    expectLinear((n, i) => text(n, i, '', '{{{{a', '}}'), fill, { n: 10_000 });
  });

  it('is linear in the length of a key and of the values', () => {
    const t = samskapT(createSamskapI18n(), 'nn');
    const flat = (n: number, i: number, unit: string) =>
      [i, ...Array.from({ length: n }, () => unit)].join('');
    expectLinear(
      (n, i) => key(flat(n, i, 'a.')),
      (k) => t(k),
      { n: 20_000 },
    );
    expectLinear(
      (n, i) => ({ name: flat(n, i, '{{name}}') }),
      (values) => t('comments.form.replyHeading', values),
      { n: 20_000 },
    );
  });
});

describe('plurals', () => {
  const forms = (t: ReturnType<typeof samskapT>, counts: number[]) =>
    counts.map((count) => t('cases.list.count', { count }));

  it('picks one and other in nb, nn and en, and other for 0 when there is no _zero', () => {
    const i18n = createSamskapI18n();
    expect(forms(samskapT(i18n, 'nb'), [0, 1, 2, 5])).toEqual([
      '0 saker',
      '1 sak',
      '2 saker',
      '5 saker',
    ]);
    expect(forms(samskapT(i18n, 'nn'), [0, 1, 2, 5])).toEqual([
      '0 saker',
      '1 sak',
      '2 saker',
      '5 saker',
    ]);
    expect(forms(samskapT(i18n, 'en'), [0, 1, 2, 5])).toEqual([
      '0 cases',
      '1 case',
      '2 cases',
      '5 cases',
    ]);
  });

  it('takes _zero for a count of 0 when the key has one', () => {
    const i18n = createSamskapI18n({
      translations: { nb: loose({ cases: { list: { count_zero: 'Ingen saker' } } }) },
    });
    expect(forms(samskapT(i18n, 'nb'), [0, 1, 2])).toEqual(['Ingen saker', '1 sak', '2 saker']);
    // The count must be the number 0: a string is no count at all, as in i18next.
    expect(samskapT(i18n, 'nb')('cases.list.count', { count: '0' })).toBe('cases.list.count');
  });

  it("follows a registered language's own categories: one, two and other in Northern Sámi", () => {
    registerLocale({
      code: 'se',
      resources: loose({
        cases: { list: { count_one: '{{count}} ášši', count_two: '{{count}} ášši (guokte)' } },
      }),
    });
    const t = samskapT(createSamskapI18n(), 'se');
    // Sámi has no `_other` of its own here, so 5 comes from bokmål.
    expect(forms(t, [1, 2, 5])).toEqual(['1 ášši', '2 ášši (guokte)', '5 saker']);
  });

  it('has every category Intl knows: zero, one, two, few, many and other in Welsh', () => {
    registerLocale({
      code: 'cy',
      fallback: 'en',
      resources: loose({
        cases: {
          list: {
            count_zero: 'zero {{count}}',
            count_one: 'one {{count}}',
            count_two: 'two {{count}}',
            count_few: 'few {{count}}',
            count_many: 'many {{count}}',
            count_other: 'other {{count}}',
          },
        },
      }),
    });
    expect(forms(samskapT(createSamskapI18n(), 'cy'), [0, 1, 2, 3, 6, 4])).toEqual([
      'zero 0',
      'one 1',
      'two 2',
      'few 3',
      'many 6',
      'other 4',
    ]);
  });
});

describe('fallback and missing keys', () => {
  const own = () =>
    translator('nn', {
      nb: { a: { onlyNb: 'bokmål', both: 'nb' } },
      nn: { a: { both: 'nn' } },
      en: { a: { onlyEn: 'English', onlyNb: 'not this' } },
    });

  it('goes nn → nb → en key by key', () => {
    const i18n = own();
    expect(i18n.t('a.both')).toBe('nn');
    expect(i18n.t('a.onlyNb')).toBe('bokmål');
    expect(i18n.t('a.onlyEn')).toBe('English');
    expect(i18n.t('a.onlyNb', { lng: 'en' })).toBe('not this');
    expect(i18n.t('a.both', { lng: 'en' })).toBe('a.both');
    expect(i18n.t('a.onlyEn', { fallbackLng: ['nb'] })).toBe('a.onlyEn');
  });

  it('gives the key for a string that is nowhere', () => {
    const i18n = own();
    expect(i18n.t('a.none')).toBe('a.none');
    expect(i18n.t('a')).toBe('a');
    expect(i18n.t('a.both.deeper')).toBe('a.both.deeper');
    expect(i18n.t('constructor')).toBe('constructor');
    // A language code from a URL reaches no prototype: it is unknown, so bokmål's chain.
    expect(i18n.t('a.both', { lng: '__proto__' })).toBe('nb');
  });
});

describe('resource bundles', () => {
  it('adds deep or shallow, overwriting or not, and never changes what it was given', () => {
    const shipped = { x: { a: 'A', b: 'B' }, y: 'Y' };
    const i18n = translator('nb', { nb: shipped });
    i18n.addResourceBundle('nb', SAMSKAP_NS, { x: { a: 'no', c: 'C' } }, true, false);
    expect(i18n.getResourceBundle('nb', SAMSKAP_NS)).toEqual({
      x: { a: 'A', b: 'B', c: 'C' },
      y: 'Y',
    });
    i18n.addResourceBundle('nb', SAMSKAP_NS, { x: { a: 'yes' } }, true, true);
    expect(i18n.t('x.a')).toBe('yes');
    i18n.addResourceBundle('nb', SAMSKAP_NS, { x: { d: 'D' } });
    expect(i18n.getResourceBundle('nb', SAMSKAP_NS)).toEqual({ x: { d: 'D' }, y: 'Y' });
    expect(shipped).toEqual({ x: { a: 'A', b: 'B' }, y: 'Y' });
    expect(i18n.getResource('nb', SAMSKAP_NS, 'x.d')).toBe('D');
    expect(i18n.getResource('se', SAMSKAP_NS, 'x.d')).toBeUndefined();
  });

  it('adds a deferred area once, under the strings already there, and shares nothing', () => {
    const i18n = createSamskapI18n({
      translations: { nb: { themeBuilder: { heading: 'Vårt tema' } } },
    });
    const t = samskapT(i18n, 'nb');
    expect(t('themeBuilder.form.name')).toBe('themeBuilder.form.name');
    addSamskapArea(i18n, 'themeBuilder', deferredAreas.themeBuilder);
    expect(t('themeBuilder.heading')).toBe('Vårt tema');
    expect(t('themeBuilder.form.name')).toBe(resources.nb.themeBuilder.form.name);
    // A second call for the same area changes nothing, even with other strings.
    addSamskapArea(i18n, 'themeBuilder', {
      nb: { form: { name: 'Annet' } },
      nn: {},
      en: {},
    });
    expect(t('themeBuilder.form.name')).toBe(resources.nb.themeBuilder.form.name);
    expect(Object.keys(coreResources.nb)).not.toContain('themeBuilder');
    expect(samskapT(createSamskapI18n(), 'nb')('themeBuilder.heading')).toBe(
      'themeBuilder.heading',
    );
  });

  it('holds the shipped strings without copying them when there is nothing to layer', () => {
    const i18n = createSamskapI18n();
    expect(i18n.getResourceBundle('nn', SAMSKAP_NS)?.comments).toBe(coreResources.nn.comments);
    expect(i18n.language).toBe('nb');
    expect(createSamskapI18n({ locale: 'en' }).language).toBe('en');
  });
});
