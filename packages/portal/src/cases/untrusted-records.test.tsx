import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { expectLinear } from '../../../../test/linear.js';
import { renderIn } from '../../../../test/render.js';
import { sampleCases } from '../sample-data/index.js';
import { CaseCard } from './case-card/CaseCard.js';
import { CaseFilters } from './case-filters/CaseFilters.js';
import { CaseList } from './case-list/CaseList.js';
import { emptyCaseFilters, filterCases, foldForSearch } from './filter.js';
import type { InnovationCase } from './types.js';

// A value of any shape, as a careless CMS or a hostile feed might send for one field.
const junk = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constantFrom('constructor', '__proto__', 'toString', 'javascript:alert(1)', '20199'),
  fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.constant(null), fc.integer()), {
    maxLength: 4,
  }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
);

// A case record with each known field either right (taken from a real sample) or junk.
const caseRecord = fc
  .record({
    base: fc.constantFrom(...sampleCases.slice(0, 6)),
    overrides: fc.dictionary(
      fc.constantFrom(
        'id',
        'title',
        'summary',
        'href',
        'organisation',
        'countries',
        'levelOfGovernment',
        'sector',
        'stage',
        'yearLaunched',
        'tags',
        'language',
        'image',
        'updatedAt',
      ),
      junk,
      { maxKeys: 6 },
    ),
  })
  .map(({ base, overrides }) => ({ ...base, ...overrides }) as unknown as InnovationCase);

const records = fc.array(fc.oneof(caseRecord, junk), { maxLength: 6 });

describe('case components on records of the wrong shape', () => {
  it('CaseCard renders any record without throwing, in every language', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    fc.assert(
      fc.property(caseRecord, fc.constantFrom('nb', 'nn', 'en') as fc.Arbitrary<'nb'>, (c, l) => {
        const { unmount } = renderIn(l, <CaseCard case={c} />);
        unmount();
      }),
      { numRuns: 60 },
    );
    warn.mockRestore();
  }, 60_000);

  it('CaseList renders any array of records, with a nonsense entry among them, without throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    fc.assert(
      fc.property(records, (list) => {
        const { container, unmount } = renderIn(
          'nn',
          <CaseList cases={list as unknown as InnovationCase[]} />,
        );
        // Every well-formed case that survives normalisation is still listed.
        expect(container.querySelectorAll('article').length).toBeLessThanOrEqual(list.length);
        unmount();
      }),
      { numRuns: 40 },
    );
    warn.mockRestore();
  }, 60_000);

  it('CaseFilters renders the facets of any records and any junk value, with a bounded year list', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    fc.assert(
      fc.property(records, junk, (list, value) => {
        const { facets } = filterCases(list as unknown as InnovationCase[], emptyCaseFilters, 'en');
        const { container, unmount } = renderIn(
          'en',
          <CaseFilters
            value={(value ?? emptyCaseFilters) as typeof emptyCaseFilters}
            onChange={() => {}}
            facets={facets}
          />,
        );
        // One option per year at most across 1900 to 2100, whatever the years in the data.
        expect(container.querySelectorAll('option').length).toBeLessThan(2 * 202 + 10);
        unmount();
      }),
      { numRuns: 40 },
    );
    warn.mockRestore();
  }, 60_000);
});

describe('search folding over untrusted text', () => {
  it('foldForSearch is linear in the length of its input', () => {
    expectLinear(
      (n, i) => `${'Høyskole ÆØÅ ﬁ '.repeat(n / 16)}${i}`,
      (text) => foldForSearch(text, 'nb'),
      { n: 2_000 },
    );
  });
});
