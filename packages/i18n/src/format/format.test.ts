import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerLocale, unregisterLocale } from '../locales.js';
import {
  createFormatters,
  displayCountry,
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  formatRelativeTime,
  type RelativeTimeOptions,
  type RelativeTimeUnit,
} from './index.js';

// Sunday 29 November 2026, 13:05 UTC.
const when = Date.UTC(2026, 10, 29, 13, 5);
const utc = { timeZone: 'UTC' } as const;
const hours = (n: number) => n * 3_600_000;
const days = (n: number) => n * 86_400_000;

describe('formatDate and formatDateTime', () => {
  it.each([
    ['nb', '29. november 2026'],
    ['nn', '29. november 2026'],
    ['en', '29 November 2026'],
  ] as const)('in %s give %s', (locale, text) => {
    expect(formatDate(when, locale, { dateStyle: 'long', ...utc })).toBe(text);
  });

  it('names weekdays in each written form', () => {
    const opts = { dateStyle: 'full', ...utc } as const;
    const monday = when + days(1);
    expect(formatDate(monday, 'nb', opts)).toMatch(/^mandag/);
    expect(formatDate(monday, 'nn', opts)).toMatch(/^måndag/);
    expect(formatDate(monday, 'en', opts)).toMatch(/^Monday/);
  });

  it('gives date and time with a 24-hour clock in Norwegian', () => {
    const opts = { dateStyle: 'long', timeStyle: 'short', ...utc } as const;
    expect(formatDateTime(when, 'nb', opts)).toBe('29. november 2026 kl. 13:05');
    expect(formatDateTime(when, 'nn', opts)).toBe('29. november 2026 kl. 13:05');
    expect(formatDateTime(when, 'en', opts)).toMatch(/29 November 2026.*13:05/);
  });

  it('accepts ISO strings and returns an empty string for an invalid date', () => {
    expect(formatDate('2026-11-29T13:05:00Z', 'nb', { dateStyle: 'long', ...utc })).toBe(
      '29. november 2026',
    );
    expect(formatDate('not a date', 'nb')).toBe('');
    expect(formatDateTime(Number.NaN, 'en')).toBe('');
  });
});

describe('formatRelativeTime', () => {
  it.each([
    ['nb', 'for 3 timer siden'],
    ['nn', 'for 3 timar sidan'],
    ['en', '3 hours ago'],
  ] as const)('three hours ago in %s is "%s"', (locale, text) => {
    expect(formatRelativeTime(when - hours(3) - 600_000, locale, { now: when })).toBe(text);
  });

  it.each([
    ['nb', 'i går', 'om 2 uker', 'nå'],
    ['nn', 'i går', 'om 2 veker', 'no'],
    ['en', 'yesterday', 'in 2 weeks', 'now'],
  ] as const)('in %s says %s, %s and %s', (locale, yesterday, twoWeeks, now) => {
    expect(formatRelativeTime(when - days(1), locale, { now: when })).toBe(yesterday);
    expect(formatRelativeTime(when + days(14), locale, { now: when })).toBe(twoWeeks);
    expect(formatRelativeTime(when - 10_000, locale, { now: when })).toBe(now);
  });

  it.each([
    ['nb', 'for 3 t siden', 'om 2 u.'],
    ['nn', 'for 3 t sidan', 'om 2 v.'],
    ['en', '3 hr ago', 'in 2 wk'],
  ] as const)('in the short style, %s says "%s" and "%s"', (locale, threeHours, twoWeeks) => {
    const short = { now: when, style: 'short' } as const;
    expect(formatRelativeTime(when - hours(3), locale, short)).toBe(threeHours);
    expect(formatRelativeTime(when + days(14), locale, short)).toBe(twoWeeks);
  });

  it('can be forced to a unit and to numbers', () => {
    expect(
      formatRelativeTime(when - days(1), 'nn', { now: when, numeric: 'always', unit: 'hour' }),
    ).toBe('for 24 timar sidan');
  });
});

describe('formatNumber, formatList and displayCountry', () => {
  it('use each locale’s separators and words', () => {
    // Norwegian groups with a no-break space.
    expect(formatNumber(1234.5, 'nb')).toBe('1\u00a0234,5');
    expect(formatNumber(1234.5, 'nn')).toBe('1\u00a0234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatList(['Oslo', 'Bergen', 'Tromsø'], 'nb')).toBe('Oslo, Bergen og Tromsø');
    expect(formatList(['Oslo', 'Bergen', 'Tromsø'], 'en')).toBe('Oslo, Bergen and Tromsø');
  });

  it('names countries in the locale and passes bad codes through', () => {
    expect(displayCountry('NO', 'nb')).toBe('Norge');
    expect(displayCountry('NO', 'nn')).toBe('Noreg');
    expect(displayCountry('no', 'en')).toBe('Norway');
    expect(displayCountry('AT', 'nn')).toBe('Austerrike');
    expect(displayCountry('not a code', 'nb')).toBe('not a code');
    expect(displayCountry('', 'nb')).toBe('');
  });

  it('binds every formatter to a locale', () => {
    const f = createFormatters('nn');
    expect(f.formatRelativeTime(when - hours(3), { now: when })).toBe('for 3 timar sidan');
    expect(f.displayCountry('NO')).toBe('Noreg');
    expect(f.formatNumber(0.5, { style: 'percent' })).toBe('50\u00a0%');
  });
});

/**
 * The formatters cache which tags an engine supports, keyed by the locale registry's version; a
 * change to the registry makes them ask the engine again.
 */
function askEngineAgain() {
  registerLocale({ code: 'zy', tag: 'zy-ZY', nativeName: 'Zy', fallback: ['nb'] });
  unregisterLocale('zy');
}

/**
 * Some Chromium builds list `nn` as supported for lists (and may for other data) yet answer in
 * English: this makes one Intl constructor do that.
 */
function englishForNynorsk(name: 'ListFormat' | 'DisplayNames') {
  const Real = Intl[name] as unknown as new (tags?: string | string[], options?: object) => object;
  vi.spyOn(Intl, name).mockImplementation(function (
    this: unknown,
    tags?: string | string[],
    options?: object,
  ) {
    const first = ([] as string[]).concat(tags ?? [])[0] ?? '';
    return new Real(first.startsWith('nn') ? 'en' : tags, options);
  } as never);
  askEngineAgain();
}

describe('on an engine without nynorsk data (Chromium)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    askEngineAgain();
  });

  // Chromium's ICU has nb but not nn; this makes Node's full ICU behave the same way.
  function withoutNynorsk() {
    for (const ctor of [
      Intl.DateTimeFormat,
      Intl.RelativeTimeFormat,
      Intl.NumberFormat,
      Intl.ListFormat,
      Intl.DisplayNames,
    ] as Array<{ supportedLocalesOf(l: string | string[]): string[] }>) {
      const real = ctor.supportedLocalesOf.bind(ctor);
      vi.spyOn(ctor, 'supportedLocalesOf').mockImplementation((l) =>
        real(l).filter((tag) => !tag.startsWith('nn')),
      );
    }
    askEngineAgain();
  }

  it('still writes nynorsk, not bokmål or English', () => {
    withoutNynorsk();
    expect(formatRelativeTime(when - hours(3), 'nn', { now: when })).toBe('for 3 timar sidan');
    expect(formatRelativeTime(when - hours(1), 'nn', { now: when })).toBe('for 1 time sidan');
    expect(formatRelativeTime(when + days(60), 'nn', { now: when })).toBe('om 2 månadar');
    expect(formatRelativeTime(when + days(1), 'nn', { now: when })).toBe('i morgon');
    expect(formatRelativeTime(when - days(365), 'nn', { now: when })).toBe('i fjor');
    expect(formatDate(when + days(1), 'nn', { dateStyle: 'full', ...utc })).toBe(
      'måndag 30. november 2026',
    );
    expect(
      formatDate(when + days(6), 'nn', { weekday: 'short', day: 'numeric', month: 'long', ...utc }),
    ).toBe('la. 5. desember');
    expect(formatNumber(1234.5, 'nn')).toBe('1\u00a0234,5');
    expect(displayCountry('NO', 'nn')).toBe('Noreg');
  });

  it('joins nynorsk lists with “og” and “eller” with no nynorsk data, and when the engine claims nynorsk but answers in English', () => {
    withoutNynorsk();
    expect(formatList(['PDF', 'JPG', 'PNG'], 'nn')).toBe('PDF, JPG og PNG');
    expect(formatList(['PDF', 'JPG', 'PNG'], 'nn', { type: 'disjunction' })).toBe(
      'PDF, JPG eller PNG',
    );
    vi.restoreAllMocks();
    englishForNynorsk('ListFormat');
    expect(formatList(['PDF', 'JPG', 'PNG'], 'nn', { type: 'disjunction' })).toBe(
      'PDF, JPG eller PNG',
    );
  });

  it('names countries in nynorsk when the engine claims nynorsk but answers in English', () => {
    englishForNynorsk('DisplayNames');
    expect(displayCountry('NO', 'nn')).toBe('Noreg');
    expect(displayCountry('SE', 'nn')).toBe('Sverige');
    expect(displayCountry('SE', 'en')).toBe('Sweden');
  });

  it('writes the short style in nynorsk as bokmål does in bokmål', () => {
    withoutNynorsk();
    const short = { now: when, style: 'short' } as const;
    expect(formatRelativeTime(when - hours(3), 'nb', short)).toBe('for 3 t siden');
    expect(formatRelativeTime(when - hours(3), 'nn', short)).toBe('for 3 t sidan');
    expect(formatRelativeTime(when + days(14), 'nn', short)).toBe('om 2 v.');
    expect(formatRelativeTime(when - days(60), 'nn', short)).toBe('for 2 md. sidan');
    expect(formatRelativeTime(when - days(2), 'nn', short)).toBe('i førgår');
  });

  it('writes the same nynorsk with and without engine data, in every unit and style', () => {
    // A page rendered on a server (Node has nynorsk data) must say what Chromium says when it
    // hydrates, so nynorsk never takes the engine's own words.
    const units = { second: 1e3, minute: 6e4, hour: 36e5, day: 864e5, week: 6048e5 } as const;
    const all: RelativeTimeOptions[] = [];
    for (const unit of [...Object.keys(units), 'month', 'year'] as RelativeTimeUnit[]) {
      for (const style of ['long', 'short', 'narrow'] as const) {
        for (const numeric of ['auto', 'always'] as const) all.push({ unit, style, numeric });
      }
    }
    const run = () =>
      all.flatMap((o) =>
        [-3, -2, -1, 0, 1, 2, 3].map((n) =>
          formatRelativeTime(when + n * (units[o.unit as 'day'] ?? days(400)), 'nn', {
            ...o,
            now: when,
          }),
        ),
      );
    const withData = run();
    withoutNynorsk();
    expect(run()).toEqual(withData);
    expect(withData).toContain('i førgår');
    expect(withData).toContain('for 3 t sidan');
    expect(withData).toContain('\u20133 t');
    expect(withData.join(' ')).not.toMatch(/forgårs|overmorgen|siden|uke/);
  });

  it('patches a registered locale that falls back to nynorsk', () => {
    withoutNynorsk();
    registerLocale({ code: 'zz', tag: 'zz-ZZ', nativeName: 'Zz', fallback: ['nn'] });
    expect(formatRelativeTime(when - hours(3), 'zz', { now: when })).toBe('for 3 timar sidan');
    unregisterLocale('zz');
  });
});

describe('a registered locale', () => {
  afterEach(() => unregisterLocale('se'));

  it('formats with its own tag when the engine knows it, else along its chain', () => {
    registerLocale({ code: 'se', fallback: ['nb'] });
    expect(formatNumber(1234.5, 'se')).toBe('1\u00a0234,5');
    expect(displayCountry('NO', 'se')).toBe('Norga');
    registerLocale({ code: 'zz', tag: 'zz-ZZ', nativeName: 'Zz', fallback: ['nn'] });
    expect(formatRelativeTime(when - hours(3), 'zz', { now: when })).toBe('for 3 timar sidan');
    unregisterLocale('zz');
  });
});
