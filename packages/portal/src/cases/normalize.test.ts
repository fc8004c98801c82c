import { describe, expect, it, vi } from 'vitest';
import { expectLinear } from '../../../../test/linear.js';
import { generateCases, sampleCases } from '../sample-data/index.js';
import { caseYearOptions, filterCases, normalizeCaseFilters } from './filter.js';
import { caseLimits, normalizeCase, normalizeCases } from './normalize.js';
import { filtersFromSearchParams } from './search-params.js';
import type { InnovationCase } from './types.js';

const good = sampleCases[0] as InnovationCase;
const broken = (patch: Record<string, unknown>) => ({ ...good, ...patch }) as unknown;

describe('normalizeCase', () => {
  it('gives a well-formed case back as the same object', () => {
    for (const c of sampleCases) expect(normalizeCase(c)).toBe(c);
  });

  it('repairs wrongly typed fields instead of passing them on', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const c = normalizeCase(
      broken({
        id: 7,
        title: 42,
        summary: null,
        tags: undefined,
        countries: null,
        language: { tag: 'nn' },
        organisation: ['Oslo'],
        image: { src: 'https://example.org/a.png' },
      }),
    );
    expect(c).toMatchObject({
      id: '7',
      title: '42',
      summary: '',
      tags: [],
      countries: [],
      language: '',
      organisation: '',
      image: { src: 'https://example.org/a.png', alt: '' },
    });
  });

  it('leaves out a stage or level it does not know, built-in keys of Object included', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const value of ['constructor', '__proto__', 'toString', 'IMPLEMENTING', 'done']) {
      const c = normalizeCase(broken({ stage: value, levelOfGovernment: value }));
      expect(c?.stage).toBeUndefined();
      expect(c?.levelOfGovernment).toBeUndefined();
    }
  });

  it(`keeps launch years between ${caseLimits.yearMin} and ${caseLimits.yearMax} only`, () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(normalizeCase(broken({ yearLaunched: 20199 }))?.yearLaunched).toBeUndefined();
    expect(normalizeCase(broken({ yearLaunched: 1e308 }))?.yearLaunched).toBeUndefined();
    expect(normalizeCase(broken({ yearLaunched: 2019.5 }))?.yearLaunched).toBeUndefined();
    expect(normalizeCase(broken({ yearLaunched: '2019' }))?.yearLaunched).toBe(2019);
    expect(normalizeCase(broken({ yearLaunched: 2100 }))?.yearLaunched).toBe(2100);
  });

  it('gives nothing for what is not a record, and warns about a repaired one once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const value of [null, undefined, 'case', 42, [good]]) {
      expect(normalizeCase(value)).toBeUndefined();
    }
    const record = broken({ id: 'warn-once', tags: 'a,b' });
    normalizeCase(record);
    normalizeCase(record);
    expect(warn.mock.calls.filter(([m]) => String(m).includes('"warn-once"'))).toHaveLength(1);
  });
});

describe('normalizeCases', () => {
  it('returns the same array when every case is well formed', () => {
    expect(normalizeCases(sampleCases)).toBe(sampleCases);
  });

  it('drops non-records and repeated ids, and gives a missing id one from its place', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const second = sampleCases[1] as InnovationCase;
    const out = normalizeCases([
      good,
      null,
      { ...second, id: good.id },
      { ...second, id: undefined },
    ]);
    expect(out.map((c) => c.id)).toEqual([good.id, '#3']);
    expect(out[0]).toBe(good);
    expect(normalizeCases('not a list')).toEqual([]);
  });
});

describe('case data in filterCases', () => {
  it('ignores an implausible launch year, so the year range stays within the limits', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { facets } = filterCases(
      [good, broken({ id: 'typo', yearLaunched: 20199 }) as InnovationCase],
      {},
    );
    expect(facets.years).toEqual({ min: good.yearLaunched, max: good.yearLaunched });
  });

  it('counts no raw stage or level for a case without a known one', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { facets, cases } = filterCases(
      [
        broken({
          id: 'odd',
          stage: 'constructor',
          levelOfGovernment: 'galactic',
        }) as InnovationCase,
      ],
      {},
    );
    expect(cases).toHaveLength(1);
    expect(facets.stages.every((f) => f.count === 0)).toBe(true);
    expect(facets.levels.every((f) => f.count === 0)).toBe(true);
  });

  it('offers at most the years within the limits, whatever the range it is given', () => {
    const options = caseYearOptions({ min: -1e12, max: 1e12 }, { yearFrom: 2020 });
    expect(options).toHaveLength(caseLimits.yearMax - caseLimits.yearMin + 1);
    expect(options[0]).toBe(caseLimits.yearMax);
    expect(caseYearOptions(null, {})).toEqual([]);
    expect(caseYearOptions({ min: 2019, max: 2021 })).toEqual([2021, 2020, 2019]);
  });
});

describe('filter values from a URL', () => {
  it(`keeps at most ${caseLimits.filterValues} values per list and ${caseLimits.queryLength} characters of query`, () => {
    const many = Array.from({ length: 500 }, (_, i) => `tag${i}`);
    const f = normalizeCaseFilters({ tags: [...many, ...many], query: 'å'.repeat(1000) });
    expect(f.tags).toEqual(many.slice(0, caseLimits.filterValues));
    expect(f.query).toHaveLength(caseLimits.queryLength);
  });

  it('reads a year outside the limits as no year', () => {
    expect(filtersFromSearchParams('from=1000&to=9999')).not.toHaveProperty('yearFrom');
    expect(filtersFromSearchParams('from=2019&to=9999')).toMatchObject({ yearFrom: 2019 });
  });

  it('survives a filter value that is not an object', () => {
    expect(normalizeCaseFilters(null as never)).toMatchObject({ query: '', tags: [] });
  });
});

describe('work over untrusted case data grows linearly', () => {
  it('de-duplicates repeated URL list parameters in linear time', () => {
    // Each new value was once compared with every value kept before it.
    expectLinear(
      (n, i) => `?${Array.from({ length: n }, (_, k) => `tag=t${i}-${k}`).join('&')}`,
      filtersFromSearchParams,
      // jsdom's own URLSearchParams grows faster than linearly past a few thousand parameters.
      { n: 300 },
    );
  });

  it('filters and counts a case with very many tags in linear time', () => {
    const withTags = (n: number, i: number) => [
      { ...good, id: `many-${i}`, tags: Array.from({ length: n }, (_, k) => `t${k}`) },
    ];
    // Small enough that the large input stays in the processor's caches: past them, sorting
    // 20,000 facet values costs several times more per comparison, linear or not.
    expectLinear(withTags, (cases) => filterCases(cases, {}), { n: 200 });
  });

  it('searches in time linear in the number of cases and the length of the query', () => {
    const list = generateCases(2_000);
    expectLinear(
      (n) => list.slice(0, n).map((c) => ({ ...c })),
      (cases) => filterCases(cases, { query: 'skole buss' }, 'nb'),
      { n: 30 },
    );
    expectLinear(
      (n, i) => `${i} ${'ø'.repeat(n)} ${'a '.repeat(n)}`,
      (query) => filterCases(sampleCases, { query }, 'nb'),
      { n: 20 },
    );
  });
});
