import { type CaseFilterValue, normalizeCaseFilters } from './filter.js';

/** The URL parameter names, short and readable in a shared link. */
export const caseFilterParams = {
  query: 'q',
  countries: 'country',
  levels: 'level',
  sectors: 'sector',
  stages: 'stage',
  tags: 'tag',
  yearFrom: 'from',
  yearTo: 'to',
} as const;

/** The URL parameter of the page number in a paged case list (`?page=3`). */
export const casePageParam = 'page';

/** The highest page number read from a URL: a bound, so a crafted link cannot ask for page 1e308. */
export const MAX_CASE_PAGE = 10_000;

export interface FiltersToSearchParamsOptions {
  /**
   * The page to link to. Leave it out when the filters change: the `page` parameter is then
   * removed, so a reader who narrows the list starts on its first page, not on a page that may
   * no longer exist. Page 1 is never written, so the first page has one URL.
   */
  page?: number;
}

const listKeys = ['countries', 'levels', 'sectors', 'stages', 'tags'] as const;

/**
 * Writes a filter value to URL search parameters (`?q=skole&country=NO&country=SE&from=2020`),
 * so that the filter state lives in the URL. Parameters that are not filters are kept when you
 * pass the current ones as `base`.
 */
export function filtersToSearchParams(
  value: Partial<CaseFilterValue>,
  base?: URLSearchParams | string,
  options: FiltersToSearchParamsOptions = {},
): URLSearchParams {
  const f = normalizeCaseFilters(value);
  const params = new URLSearchParams(base);
  for (const name of Object.values(caseFilterParams)) params.delete(name);
  params.delete(casePageParam);
  if (f.query) params.set(caseFilterParams.query, f.query);
  for (const key of listKeys) {
    for (const v of f[key]) params.append(caseFilterParams[key], v);
  }
  if (f.yearFrom !== undefined) params.set(caseFilterParams.yearFrom, String(f.yearFrom));
  if (f.yearTo !== undefined) params.set(caseFilterParams.yearTo, String(f.yearTo));
  const page = cleanPage(options.page);
  if (page > 1) params.set(casePageParam, String(page));
  return params;
}

function cleanPage(page: unknown): number {
  if (typeof page !== 'number' || !Number.isFinite(page)) return 1;
  return Math.min(MAX_CASE_PAGE, Math.max(1, Math.floor(page)));
}

/**
 * Reads the page number from URL search parameters: a whole number from 1 to
 * {@link MAX_CASE_PAGE}, and 1 for anything else (missing, `0`, `-2`, `abc`, `1e9`).
 */
export function pageFromSearchParams(input: URLSearchParams | string): number {
  const raw = new URLSearchParams(input).get(casePageParam);
  if (raw === null || !/^\s*\d{1,6}\s*$/.test(raw)) return 1;
  return cleanPage(Number(raw));
}

/**
 * Reads a filter value from URL search parameters. Anything it does not understand (an unknown
 * stage, a year that is not a number) is dropped, never thrown on: the URL is untrusted input.
 */
export function filtersFromSearchParams(
  input: URLSearchParams | string | Record<string, string | string[] | undefined>,
): CaseFilterValue {
  let params: URLSearchParams;
  if (typeof input === 'string' || input instanceof URLSearchParams) {
    params = new URLSearchParams(input);
  } else {
    params = new URLSearchParams();
    for (const [k, v] of Object.entries(input)) {
      for (const item of Array.isArray(v) ? v : v === undefined ? [] : [v]) params.append(k, item);
    }
  }
  const year = (name: string) => {
    const raw = params.get(name);
    return raw !== null && /^\s*\d{1,4}\s*$/.test(raw) ? Number(raw) : undefined;
  };
  return normalizeCaseFilters({
    query: params.get(caseFilterParams.query) ?? '',
    countries: params.getAll(caseFilterParams.countries),
    levels: params.getAll(caseFilterParams.levels) as CaseFilterValue['levels'],
    sectors: params.getAll(caseFilterParams.sectors),
    stages: params.getAll(caseFilterParams.stages) as CaseFilterValue['stages'],
    tags: params.getAll(caseFilterParams.tags),
    yearFrom: year(caseFilterParams.yearFrom),
    yearTo: year(caseFilterParams.yearTo),
  });
}
