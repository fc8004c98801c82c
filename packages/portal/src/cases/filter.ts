import { displayCountry } from '@samskap/i18n';
import {
  caseLimits,
  isCaseYear,
  isInnovationStage,
  isLevelOfGovernment,
  normalizeCases,
} from './normalize.js';
import {
  type InnovationCase,
  type InnovationStage,
  innovationStages,
  type LevelOfGovernment,
  levelsOfGovernment,
} from './types.js';

/** What the reader has chosen in the case filters. Empty lists and an empty query filter nothing. */
export interface CaseFilterValue {
  /** Free-text search over title, summary, organisation, tags, sector and country names. */
  query: string;
  /** ISO 3166-1 alpha-2 codes; a case matches if it has any of them. */
  countries: string[];
  levels: LevelOfGovernment[];
  sectors: string[];
  stages: InnovationStage[];
  /** A case matches if it has any of these tags. */
  tags: string[];
  /** The earliest launch year, inclusive. */
  yearFrom?: number;
  /** The latest launch year, inclusive. */
  yearTo?: number;
}

/** The facets that take a list of values, in the order the filters show them. */
export const caseFacetKeys = ['countries', 'levels', 'sectors', 'stages', 'tags'] as const;
export type CaseFacetKey = (typeof caseFacetKeys)[number];

/** A filter value with nothing chosen. */
export const emptyCaseFilters: CaseFilterValue = Object.freeze({
  query: '',
  countries: [],
  levels: [],
  sectors: [],
  stages: [],
  tags: [],
}) as CaseFilterValue;

/** One value of a facet and how many cases the reader would see with it added. */
export interface FacetCount {
  value: string;
  count: number;
}

export interface CaseFacets {
  countries: FacetCount[];
  levels: FacetCount[];
  sectors: FacetCount[];
  stages: FacetCount[];
  tags: FacetCount[];
  /** The launch years present in the cases that match every other filter. */
  years: { min: number; max: number } | null;
}

export interface CaseFilterResult {
  /** The matching cases, in the input order. */
  cases: InnovationCase[];
  /** Counts per facet value, for the facet labels. */
  facets: CaseFacets;
}

/** Whether any filter is set. */
export function hasActiveFilters(value: CaseFilterValue): boolean {
  return (
    value.query.trim() !== '' ||
    caseFacetKeys.some((k) => value[k].length > 0) ||
    value.yearFrom !== undefined ||
    value.yearTo !== undefined
  );
}

const isYear = isCaseYear;

// A lone surrogate cannot survive a URL (it becomes U+FFFD), so it is replaced up front.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (s: string) => s.replace(loneSurrogate, '\uFFFD');

// A Set keeps de-duplication linear: a URL can repeat a parameter thousands of times. Past
// `caseLimits.filterValues` distinct values the rest is dropped.
function cleanList(values: unknown, map?: (s: string) => string | null) {
  const out = new Set<string>();
  if (!Array.isArray(values)) return [];
  for (const v of values) {
    if (out.size >= caseLimits.filterValues) break;
    if (typeof v !== 'string') continue;
    const s = map ? map(wellFormed(v)) : wellFormed(v).trim();
    if (s) out.add(s);
  }
  return [...out];
}

const country = (s: string) => (/^[A-Za-z]{2}$/.test(s.trim()) ? s.trim().toUpperCase() : null);
const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (s: string): T | null =>
    (allowed as readonly string[]).includes(s.trim()) ? (s.trim() as T) : null;

/** The query as it is searched: at most `caseLimits.queryLength` characters, well formed. */
function cleanQuery(value: unknown): string {
  if (typeof value !== 'string') return '';
  // Cut before the surrogate check, so the cut cannot leave half a pair behind unnoticed.
  return wellFormed(value.slice(0, caseLimits.queryLength)).trim();
}

/**
 * The canonical form of a filter value: unknown stages and levels dropped, country codes in
 * upper case, lists without duplicates or blanks, years as whole numbers in order, and
 * everything within `caseLimits` (values per list, query length, plausible years). The URL
 * helpers and `filterCases` both work on this form.
 */
export function normalizeCaseFilters(input: Partial<CaseFilterValue>): CaseFilterValue {
  const value: Partial<CaseFilterValue> = typeof input === 'object' && input !== null ? input : {};
  let yearFrom = isYear(value.yearFrom) ? value.yearFrom : undefined;
  let yearTo = isYear(value.yearTo) ? value.yearTo : undefined;
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo) {
    [yearFrom, yearTo] = [yearTo, yearFrom];
  }
  const out: CaseFilterValue = {
    query: cleanQuery(value.query),
    countries: cleanList(value.countries, country),
    levels: cleanList(value.levels, oneOf(levelsOfGovernment)) as LevelOfGovernment[],
    sectors: cleanList(value.sectors),
    stages: cleanList(value.stages, oneOf(innovationStages)) as InnovationStage[],
    tags: cleanList(value.tags),
  };
  if (yearFrom !== undefined) out.yearFrom = yearFrom;
  if (yearTo !== undefined) out.yearTo = yearTo;
  return out;
}

// Search folding. Case is folded with the locale's rules; accents are dropped (é finds e), but
// å, æ and ø stay letters of their own, as Norwegian readers expect ("år" is not "ar"). For
// Norwegian, ä and ö fold to æ and ø, the letters they are sorted and read as.
const combiningMarks = /[\u0300-\u0309\u030B-\u036F]/g;
const ringAbove = /a\u030A/g;
const norwegianFolds: Record<string, string> = { ä: 'æ', ö: 'ø' };

// Only Turkish, Azeri and Lithuanian lower-case differently from the default rules, and the
// locale-aware path is several times slower, so it is used only for them.
const specialCasing = new Set(['tr', 'az', 'lt']);
// Text with nothing but ASCII, æ, ø and å (most Norwegian and English text) needs no more folding.
const needsFolding = /[^\s!-~æøå]/;

function folder(locale: string): (s: string) => string {
  const lang = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  const norwegian = lang === 'nb' || lang === 'nn' || lang === 'no';
  const lower = specialCasing.has(lang)
    ? (s: string) => s.toLocaleLowerCase(lang)
    : (s: string) => s.toLowerCase();
  return (s: string) => {
    let out = lower(s);
    if (!needsFolding.test(out)) return out;
    if (norwegian) out = out.replace(/[äö]/g, (c) => norwegianFolds[c] ?? c);
    // NFD splits é into e + accent and å into a + ring; the ring alone is kept and recomposed.
    out = out.normalize('NFD').replace(combiningMarks, '').replace(ringAbove, 'å');
    return out.normalize('NFC');
  };
}

/** Folds a string for search as `filterCases` does, so callers can highlight matches the same way. */
export function foldForSearch(text: string, locale = 'en'): string {
  return folder(locale)(text);
}

// The folded search text of each case, per locale. Cases are plain objects that a list keeps
// while the reader changes filters, so building it once per case makes every later keystroke cheap.
const haystacks = new Map<string, WeakMap<InnovationCase, string>>();

const countryNames = new Map<string, string>();

// displayCountry builds an Intl.DisplayNames per call; a list has few countries and many cases.
function countryName(code: string, locale: string): string {
  const key = `${locale}:${code}`;
  let name = countryNames.get(key);
  if (name === undefined) {
    name = displayCountry(code, locale);
    countryNames.set(key, name);
  }
  return name;
}

function haystackOf(c: InnovationCase, locale: string, fold: (s: string) => string): string {
  let byCase = haystacks.get(locale);
  if (!byCase) {
    byCase = new WeakMap();
    haystacks.set(locale, byCase);
  }
  let text = byCase.get(c);
  if (text === undefined) {
    const parts = [c.title, c.summary, c.organisation, c.sector ?? '', ...c.tags];
    for (const code of c.countries) parts.push(code, countryName(code, locale));
    text = fold(parts.join('\n'));
    byCase.set(c, text);
  }
  return text;
}

function anyIn(values: readonly string[], chosen: ReadonlySet<string>): boolean {
  for (let i = 0; i < values.length; i++) if (chosen.has(values[i] as string)) return true;
  return false;
}

function hasAll(haystack: string, terms: readonly string[]): boolean {
  for (let i = 0; i < terms.length; i++) if (!haystack.includes(terms[i] as string)) return false;
  return true;
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Counts each distinct value once, without allocating a Set per case. */
function bumpEach(counts: Map<string, number>, values: readonly string[]): void {
  // A case has a handful of tags, where indexOf is fastest; a long list from broken data would
  // make it quadratic, so a Set takes over.
  if (values.length > 16) {
    for (const v of new Set(values)) bump(counts, v);
    return;
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as string;
    if (values.indexOf(v) === i) bump(counts, v);
  }
}

/**
 * Filters cases (each through `normalizeCase`; see `normalizeCases`) and counts, for every facet value, how many cases the reader would see if they
 * added it. Within a facet the chosen values are alternatives (any of them); across facets every
 * facet must match. A facet's counts therefore ignore that facet's own choice, so a chosen
 * country does not make every other country show 0.
 *
 * @param locale the page's language: it decides case folding and the country names searched.
 */
export function filterCases(
  cases: readonly InnovationCase[],
  filters: Partial<CaseFilterValue>,
  locale = 'en',
): CaseFilterResult {
  const f = normalizeCaseFilters(filters);
  const fold = folder(locale);
  const terms = fold(f.query).split(/\s+/).filter(Boolean).slice(0, caseLimits.queryTerms);
  cases = normalizeCases(cases);
  const countries = new Set(f.countries);
  const levels = new Set<string>(f.levels);
  const sectors = new Set(f.sectors);
  const stages = new Set<string>(f.stages);
  const tags = new Set(f.tags);
  const hasYears = f.yearFrom !== undefined || f.yearTo !== undefined;
  const from = f.yearFrom ?? -Infinity;
  const to = f.yearTo ?? Infinity;

  const cCountries = new Map<string, number>();
  const cLevels = new Map<string, number>();
  const cSectors = new Map<string, number>();
  const cStages = new Map<string, number>();
  const cTags = new Map<string, number>();
  let yMin = Infinity;
  let yMax = -Infinity;
  const matched: InnovationCase[] = [];
  const filterCountries = countries.size > 0;
  const filterTags = tags.size > 0;

  for (let i = 0; i < cases.length; i++) {
    const c = cases[i] as InnovationCase;
    // Which filter groups the case misses: 0-4 are the facets in `caseFacetKeys` order, 5 the years.
    let misses = 0;
    let missed = -1;
    if (filterCountries && !anyIn(c.countries, countries)) {
      misses++;
      missed = 0;
    }
    if (
      levels.size > 0 &&
      (c.levelOfGovernment === undefined || !levels.has(c.levelOfGovernment))
    ) {
      misses++;
      missed = 1;
    }
    if (sectors.size > 0 && (c.sector === undefined || !sectors.has(c.sector))) {
      misses++;
      missed = 2;
    }
    if (stages.size > 0 && (c.stage === undefined || !stages.has(c.stage))) {
      misses++;
      missed = 3;
    }
    if (filterTags && !anyIn(c.tags, tags)) {
      misses++;
      missed = 4;
    }
    const year = c.yearLaunched;
    if (hasYears && !(year !== undefined && year >= from && year <= to)) {
      misses++;
      missed = 5;
    }
    // A case that misses two groups counts nowhere, so the text search (the costly test) is skipped.
    if (misses > 1) continue;
    if (terms.length > 0 && !hasAll(haystackOf(c, locale, fold), terms)) continue;
    if (misses === 0) {
      matched.push(c);
      missed = -1;
    }
    // Counted in every facet when it matches, else only in the one facet it misses.
    if (missed === -1 || missed === 0) bumpEach(cCountries, c.countries);
    if ((missed === -1 || missed === 1) && c.levelOfGovernment) bump(cLevels, c.levelOfGovernment);
    if ((missed === -1 || missed === 2) && c.sector !== undefined) bump(cSectors, c.sector);
    if ((missed === -1 || missed === 3) && c.stage) bump(cStages, c.stage);
    if (missed === -1 || missed === 4) bumpEach(cTags, c.tags);
    if ((missed === -1 || missed === 5) && year !== undefined) {
      if (year < yMin) yMin = year;
      if (year > yMax) yMax = year;
    }
  }

  // Chosen values stay listed with 0 so the reader can still see and clear them.
  const list = (m: Map<string, number>, chosen: readonly string[], order?: readonly string[]) => {
    for (const v of chosen) if (!m.has(v)) m.set(v, 0);
    const out = [...m].map(([value, count]) => ({ value, count }));
    if (order) {
      for (const v of order) if (!m.has(v)) out.push({ value: v, count: 0 });
      return out.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
    }
    return out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  };

  return {
    cases: matched,
    facets: {
      countries: list(cCountries, f.countries),
      levels: list(cLevels, f.levels, levelsOfGovernment),
      sectors: list(cSectors, f.sectors),
      stages: list(cStages, f.stages, innovationStages),
      tags: list(cTags, f.tags),
      years: yMin <= yMax ? { min: yMin, max: yMax } : null,
    },
  };
}

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
const onlyStrings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/**
 * A filter value a component can show, whatever it was given: a query that is not text becomes
 * empty, lists that are not lists become empty, unknown stages and levels and implausible years
 * are dropped. Unlike `normalizeCaseFilters` it keeps the text as typed (no trimming), so it can
 * sit under an input. Returns the same object when it is already well formed.
 */
export function coerceCaseFilterValue(value: unknown): CaseFilterValue {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const wellFormed =
    typeof v.query === 'string' &&
    isStringList(v.countries) &&
    isStringList(v.sectors) &&
    isStringList(v.tags) &&
    Array.isArray(v.levels) &&
    v.levels.every(isLevelOfGovernment) &&
    Array.isArray(v.stages) &&
    v.stages.every(isInnovationStage) &&
    (v.yearFrom === undefined || isCaseYear(v.yearFrom)) &&
    (v.yearTo === undefined || isCaseYear(v.yearTo));
  if (wellFormed) return value as CaseFilterValue;
  const out: CaseFilterValue = {
    query: typeof v.query === 'string' ? v.query : '',
    countries: onlyStrings(v.countries),
    levels: Array.isArray(v.levels) ? v.levels.filter(isLevelOfGovernment) : [],
    sectors: onlyStrings(v.sectors),
    stages: Array.isArray(v.stages) ? v.stages.filter(isInnovationStage) : [],
    tags: onlyStrings(v.tags),
  };
  if (isCaseYear(v.yearFrom)) out.yearFrom = v.yearFrom;
  if (isCaseYear(v.yearTo)) out.yearTo = v.yearTo;
  return out;
}

function facetCounts(v: unknown, keep: (value: string) => boolean = () => true): FacetCount[] {
  if (!Array.isArray(v)) return [];
  const out: FacetCount[] = [];
  const seen = new Set<string>();
  for (const item of v) {
    if (typeof item !== 'object' || item === null) continue;
    const { value, count } = item as Record<string, unknown>;
    if (typeof value !== 'string' || value === '' || seen.has(value) || !keep(value)) continue;
    seen.add(value);
    out.push({ value, count: typeof count === 'number' && Number.isFinite(count) ? count : 0 });
  }
  return out;
}

/**
 * Facets a component can show, whatever it was given (normally `filterCases(...).facets`):
 * entries that are not `{ value, count }` are dropped, repeated values kept once, unknown
 * stages and levels dropped, and the year range kept within `caseLimits`.
 */
export function coerceCaseFacets(facets: unknown): CaseFacets {
  const f = (typeof facets === 'object' && facets !== null ? facets : {}) as Record<
    string,
    unknown
  >;
  const years = f.years as { min?: unknown; max?: unknown } | null | undefined;
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  return {
    countries: facetCounts(f.countries),
    levels: facetCounts(f.levels, isLevelOfGovernment),
    sectors: facetCounts(f.sectors),
    stages: facetCounts(f.stages, isInnovationStage),
    tags: facetCounts(f.tags),
    years:
      years && typeof years === 'object' && finite(years.min) && finite(years.max)
        ? { min: years.min, max: years.max }
        : null,
  };
}

const clampYear = (n: number) =>
  Math.min(caseLimits.yearMax, Math.max(caseLimits.yearMin, Math.round(n)));

/**
 * The years the year filter offers, newest first: the range in `years` and any chosen year,
 * kept within `caseLimits.yearMin`..`yearMax`, so the list is never longer than that range
 * whatever the data says.
 */
export function caseYearOptions(
  years: { min: number; max: number } | null | undefined,
  value: Pick<Partial<CaseFilterValue>, 'yearFrom' | 'yearTo'> = {},
): number[] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const y of [years?.min, years?.max, value.yearFrom, value.yearTo]) {
    if (typeof y !== 'number' || !Number.isFinite(y)) continue;
    const clamped = clampYear(y);
    if (clamped < min) min = clamped;
    if (clamped > max) max = clamped;
  }
  const out: number[] = [];
  for (let y = max; y >= min; y--) out.push(y);
  return out;
}
