import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CaseFilterValue, normalizeCaseFilters } from './filter.js';
import { caseLimits } from './normalize.js';
import {
  filtersFromSearchParams,
  filtersToSearchParams,
  pageFromSearchParams,
} from './search-params.js';
import { innovationStages, levelsOfGovernment } from './types.js';

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('høyskole', 'a&b=c', '+ %20 #', 'ÆØÅ æøå', 'حافلة', '👨‍👩‍👧', ' '),
);
const year = fc.option(fc.integer({ min: caseLimits.yearMin, max: caseLimits.yearMax }), {
  nil: undefined,
});

const filterValue: fc.Arbitrary<CaseFilterValue> = fc.record({
  query: text,
  countries: fc.array(fc.stringMatching(/^[A-Za-z]{2}$/), { maxLength: 4 }),
  levels: fc.uniqueArray(fc.constantFrom(...levelsOfGovernment)),
  sectors: fc.array(text, { maxLength: 4 }),
  stages: fc.uniqueArray(fc.constantFrom(...innovationStages)),
  tags: fc.array(text, { maxLength: 5 }),
  yearFrom: year,
  yearTo: year,
});

const roundTrip = (v: CaseFilterValue) =>
  filtersFromSearchParams(filtersToSearchParams(v).toString());

describe('filtersToSearchParams / filtersFromSearchParams', () => {
  it('round-trip every filter through a URL string', () => {
    fc.assert(
      fc.property(filterValue, (value) => {
        expect(roundTrip(value)).toEqual(normalizeCaseFilters(value));
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('round-trip a canonical value exactly', () => {
    fc.assert(
      fc.property(filterValue, (value) => {
        const canonical = normalizeCaseFilters(value);
        expect(roundTrip(canonical)).toEqual(canonical);
        expect(normalizeCaseFilters(canonical)).toEqual(canonical);
      }),
    );
  });

  it('never throw on any query string, and always give a canonical value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const value = filtersFromSearchParams(raw);
        expect(normalizeCaseFilters(value)).toEqual(value);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('write short, readable parameters and keep the ones that are not filters', () => {
    const params = filtersToSearchParams(
      { query: 'høyskole', countries: ['no', 'SE'], stages: ['implementing'], yearFrom: 2020 },
      'view=grid&q=old',
    );
    expect(params.toString()).toBe(
      'view=grid&q=h%C3%B8yskole&country=NO&country=SE&stage=implementing&from=2020',
    );
  });

  it('drop what they do not understand', () => {
    expect(
      filtersFromSearchParams('stage=launching&level=national&country=NOR&from=abc&to=2024&tag='),
    ).toEqual({
      query: '',
      countries: [],
      levels: ['national'],
      sectors: [],
      stages: [],
      tags: [],
      yearTo: 2024,
    });
  });

  it('read a record such as a framework gives for the query', () => {
    expect(
      filtersFromSearchParams({ country: ['NO', 'DK'], q: 'buss', tag: undefined }),
    ).toMatchObject({
      query: 'buss',
      countries: ['NO', 'DK'],
    });
  });
});

describe('the page number in the URL', () => {
  it('is written only when asked for, and never as page 1', () => {
    expect(filtersToSearchParams({ query: 'skule' }, '', { page: 3 }).toString()).toBe(
      'q=skule&page=3',
    );
    expect(filtersToSearchParams({ query: 'skule' }, '', { page: 1 }).toString()).toBe('q=skule');
  });

  it('a filter change drops a stale page= from the current URL and keeps other parameters', () => {
    const next = filtersToSearchParams({ stages: ['implementing'] }, 'page=4&q=buss&utm=x');
    expect(next.get('page')).toBeNull();
    expect(next.get('utm')).toBe('x');
    expect(next.getAll('stage')).toEqual(['implementing']);
  });

  it.each([
    ['page=2', 2],
    ['', 1],
    ['page=0', 1],
    ['page=-2', 1],
    ['page=abc', 1],
    ['page=1e9', 1],
    ['page=2.5', 1],
    ['page=999999', 10_000],
  ])('reads %j as page %i', (query, page) => {
    expect(pageFromSearchParams(query)).toBe(page);
  });

  it('round-trips any page with any filters', () => {
    fc.assert(
      fc.property(filterValue, fc.integer({ min: 1, max: 10_000 }), (value, page) => {
        const params = filtersToSearchParams(value, undefined, { page });
        expect(pageFromSearchParams(params)).toBe(page);
        expect(filtersFromSearchParams(params)).toEqual(normalizeCaseFilters(value));
      }),
    );
  });
});
