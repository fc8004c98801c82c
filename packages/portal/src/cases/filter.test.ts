import { describe, expect, it } from 'vitest';
import { edgeCases, generateCases, sampleCases } from '../sample-data/index.js';
import { emptyCaseFilters, filterCases, foldForSearch, normalizeCaseFilters } from './filter.js';
import { innovationStages, levelsOfGovernment } from './types.js';

const ids = (r: { cases: { id: string }[] }) => r.cases.map((c) => c.id);
const count = (list: { value: string; count: number }[], value: string) =>
  list.find((f) => f.value === value)?.count;

describe('the sample data', () => {
  it('has at least 30 cases with unique ids, every stage and level, and nb, nn and en content', () => {
    expect(sampleCases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(sampleCases.map((c) => c.id)).size).toBe(sampleCases.length);
    for (const stage of innovationStages)
      expect(sampleCases.some((c) => c.stage === stage)).toBe(true);
    for (const level of levelsOfGovernment) {
      expect(sampleCases.some((c) => c.levelOfGovernment === level)).toBe(true);
    }
    for (const lang of ['nb', 'nn', 'en']) {
      expect(sampleCases.filter((c) => c.language === lang).length).toBeGreaterThan(3);
    }
    expect(sampleCases.some((c) => !c.image)).toBe(true);
    expect(sampleCases.some((c) => c.title.length > 100)).toBe(true);
    expect(sampleCases.some((c) => c.image?.alt === '')).toBe(true);
    for (const c of sampleCases) {
      for (const code of c.countries) expect(code).toMatch(/^[A-Z]{2}$/);
      expect(c.image?.src ?? 'data:image/svg+xml,').toMatch(/^data:image\/svg\+xml,/);
    }
  });

  it('has a 300-character title among the edge cases', () => {
    expect(edgeCases.longTitle.title).toHaveLength(300);
  });

  it('generates the same cases for the same seed', () => {
    expect(generateCases(50, 7)).toEqual(generateCases(50, 7));
    expect(generateCases(50, 7)).not.toEqual(generateCases(50, 8));
    expect(generateCases(5000)).toHaveLength(5000);
  });
});

describe('filterCases', () => {
  it('returns every case, in order, with no filters', () => {
    expect(ids(filterCases(sampleCases, emptyCaseFilters, 'nb'))).toEqual(
      sampleCases.map((c) => c.id),
    );
  });

  it('searches without regard to case, with æ, ø and å', () => {
    const upper = filterCases(sampleCases, { query: 'HØYSKOLE' }, 'nb');
    expect(ids(upper)).toContain('lillestrom-hoyskole');
    expect(ids(filterCases(sampleCases, { query: 'høyskole' }, 'nb'))).toEqual(ids(upper));
    expect(ids(filterCases(sampleCases, { query: 'BODØ' }, 'nb'))).toContain('bodo-bestill-buss');
    expect(ids(filterCases(sampleCases, { query: 'MØTEPLASS' }, 'nn'))).toEqual([
      'kristiansand-bibliotek',
    ]);
    expect(ids(filterCases(sampleCases, { query: 'KLARSPRÅK' }, 'en'))).toEqual([
      'nav-klarsprak-vedtak',
    ]);
  });

  it('keeps å, æ and ø as letters of their own, but drops other accents', () => {
    expect(foldForSearch('År', 'nb')).toBe('år');
    expect(foldForSearch('ÆØÅ', 'nn')).toBe('æøå');
    expect(foldForSearch('Kafé Ünïcode', 'nb')).toBe('kafe unicode');
    // Norwegian reads ä and ö as æ and ø.
    expect(foldForSearch('Göteborg', 'nb')).toBe('gøteborg');
    expect(foldForSearch('Göteborg', 'en')).toBe('goteborg');
    expect(ids(filterCases(sampleCases, { query: 'goteborgs' }, 'en'))).toEqual(['goteborg-cykel']);
    expect(ids(filterCases(sampleCases, { query: 'gøteborgs' }, 'nb'))).toEqual(['goteborg-cykel']);
    // "ar" is not "år".
    expect(ids(filterCases(sampleCases, { query: 'ungdomsrad' }, 'nb'))).toEqual([]);
  });

  it('needs every word of the query, in any field, and finds countries by name in the page language', () => {
    expect(ids(filterCases(sampleCases, { query: 'buss  distrikt' }, 'nb'))).toEqual([
      'bodo-bestill-buss',
    ]);
    expect(ids(filterCases(sampleCases, { query: 'NOREG' }, 'nn'))).toContain('voss-heimetenester');
    const sweden = ids(filterCases(sampleCases, { query: 'sverige' }, 'nb'));
    expect(sweden).toContain('stockholm-skolval');
    expect(sweden).toContain('goteborg-cykel');
    expect(ids(filterCases(sampleCases, { query: 'sweden' }, 'en'))).toEqual(
      expect.arrayContaining(['stockholm-skolval']),
    );
    expect(ids(filterCases(sampleCases, { query: 'Voss herad' }, 'nn'))).toEqual([
      'voss-heimetenester',
    ]);
  });

  it('treats values within a facet as alternatives and facets as all required', () => {
    const r = filterCases(sampleCases, { countries: ['SE', 'DK'] }, 'en');
    expect(r.cases.every((c) => c.countries.includes('SE') || c.countries.includes('DK'))).toBe(
      true,
    );
    const both = filterCases(sampleCases, { countries: ['SE', 'DK'], levels: ['local'] }, 'en');
    expect(ids(both).sort()).toEqual([
      'denmark-mitid-helpdesk',
      'goteborg-cykel',
      'stockholm-skolval',
    ]);
  });

  it('filters by year range, inclusive, leaving out cases without a year', () => {
    const r = filterCases(sampleCases, { yearFrom: 2025, yearTo: 2026 }, 'nb');
    expect(r.cases.length).toBeGreaterThan(0);
    for (const c of r.cases) expect(c.yearLaunched).toBeGreaterThanOrEqual(2025);
    expect(ids(r)).not.toContain('statens-vegvesen-forerkort');
    expect(ids(filterCases(sampleCases, { yearFrom: 2026, yearTo: 2025 }, 'nb'))).toEqual(ids(r));
  });

  it('counts each facet value as the number of cases the reader would get by adding it', () => {
    const all = filterCases(sampleCases, {}, 'nb');
    expect(count(all.facets.countries, 'NO')).toBe(
      sampleCases.filter((c) => c.countries.includes('NO')).length,
    );
    expect(all.facets.stages.map((s) => s.value)).toEqual([...innovationStages]);
    expect(all.facets.years).toEqual({ min: 2012, max: 2026 });

    const chosen = filterCases(sampleCases, { countries: ['SE'], stages: ['implementing'] }, 'nb');
    expect(ids(chosen)).toEqual(['goteborg-cykel']);
    // The country facet ignores the country choice: other countries still show what they would add.
    expect(count(chosen.facets.countries, 'NO')).toBe(
      sampleCases.filter((c) => c.countries.includes('NO') && c.stage === 'implementing').length,
    );
    expect(count(chosen.facets.stages, 'evaluating')).toBe(1);
    expect(count(chosen.facets.levels, 'national')).toBe(0);
    expect(count(chosen.facets.levels, 'local')).toBe(1);
  });

  it('keeps chosen values in the facets with 0 when nothing matches them', () => {
    const r = filterCases(sampleCases, { tags: ['finst ikkje'], countries: ['JP'] }, 'nn');
    expect(r.cases).toEqual([]);
    expect(count(r.facets.tags, 'finst ikkje')).toBe(0);
    expect(count(r.facets.countries, 'JP')).toBe(0);
  });

  it('agrees with a plain filter over many generated cases', () => {
    const cases = generateCases(2000, 3);
    const f = normalizeCaseFilters({
      countries: ['NO', 'SE'],
      stages: ['implementing', 'evaluating'],
      yearFrom: 2010,
      query: 'skole',
    });
    const plain = cases.filter(
      (c) =>
        c.countries.some((x) => f.countries.includes(x)) &&
        c.stage !== undefined &&
        f.stages.includes(c.stage) &&
        (c.yearLaunched ?? 0) >= 2010 &&
        `${c.title} ${c.summary} ${c.organisation} ${c.tags.join(' ')}`
          .toLowerCase()
          .includes('skole'),
    );
    const r = filterCases(cases, f, 'nb');
    expect(r.cases.length).toBeGreaterThan(0);
    // The plain filter searches fewer fields, so everything it finds must be found too.
    expect(ids(r)).toEqual(expect.arrayContaining(plain.map((c) => c.id)));
    for (const c of r.cases) expect(f.stages).toContain(c.stage);
  });
});
