import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { registerLocale, unregisterLocale } from './locales.js';
import { negotiateLocale } from './negotiate.js';

describe('negotiateLocale', () => {
  afterEach(() => unregisterLocale('se'));

  it.each([
    ['no', 'nb'],
    ['nb', 'nb'],
    ['nb-NO', 'nb'],
    ['no-NO', 'nb'],
    ['NO_no', 'nb'],
    ['nn-NO', 'nn'],
    ['nn', 'nn'],
    ['nno', 'nn'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['en', 'en'],
    ['se', 'nb'],
    ['se-NO', 'nb'],
    ['sv', 'nb'],
    ['sv-SE', 'nb'],
    ['da, en;q=0.5', 'en'],
    ['', 'nb'],
    ['*', 'nb'],
  ])('maps %j to %s', (requested, expected) => {
    expect(negotiateLocale(requested)).toBe(expected);
  });

  it('reads Accept-Language with q-values, best first, ties in the reader’s order', () => {
    expect(negotiateLocale('en;q=0.4, nn-NO;q=0.9, nb;q=0.8')).toBe('nn');
    expect(negotiateLocale('de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7,nb;q=0.6')).toBe('en');
    expect(negotiateLocale('nn;q=0.5, en;q=0.5')).toBe('nn');
    expect(negotiateLocale('en;q=0, nn')).toBe('nn');
    expect(negotiateLocale('en;q=0')).toBe('nb');
  });

  it('reads navigator.languages', () => {
    expect(negotiateLocale(['sv-SE', 'nn-NO', 'en'])).toBe('nn');
    expect(negotiateLocale(['fr', 'en-US'])).toBe('en');
  });

  it('offers se only when it is registered', () => {
    expect(negotiateLocale('se-NO,nb;q=0.5')).toBe('nb');
    registerLocale({ code: 'se', fallback: ['nb'] });
    expect(negotiateLocale('se-NO,nb;q=0.5')).toBe('se');
    expect(negotiateLocale('sme')).toBe('se');
  });

  it('honours a narrower supported list, giving the other written form of Norwegian', () => {
    expect(negotiateLocale('nn-NO', ['nb', 'en'])).toBe('nb');
    expect(negotiateLocale('no', ['en', 'nn'])).toBe('nn');
    expect(negotiateLocale('fr', ['en', 'nn'])).toBe('en');
    expect(negotiateLocale('fr', [])).toBe('nb');
  });

  it('falls back to nb on malformed input and never throws', () => {
    for (const bad of [
      null,
      undefined,
      42,
      {},
      ['', 7, null],
      ';;;',
      'q=1',
      'en;q=abc',
      'en;q=2',
    ]) {
      expect(negotiateLocale(bad as never)).toBe('nb');
    }
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.string())), (input) => {
        const result = negotiateLocale(input);
        expect(['nb', 'nn', 'en']).toContain(result);
      }),
    );
  });
});

describe('negotiateLocale over an untrusted header', () => {
  it('is linear in the length of the Accept-Language header', async () => {
    const { expectLinear } = await import('../../../test/linear.js');
    expectLinear(
      (n, i) =>
        Array.from({ length: n / 12 }, (_, k) => `x-${(k + i) % 97};q=0.${k % 9}`).join(','),
      (header) => negotiateLocale(header),
      { n: 6_000 },
    );
  });
});
