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

const listKeys = ['countries', 'levels', 'sectors', 'stages', 'tags'] as const;

/**
 * Writes a filter value to URL search parameters (`?q=skole&country=NO&country=SE&from=2020`),
 * so that the filter state lives in the URL. Parameters that are not filters are kept when you
 * pass the current ones as `base`.
 */
export function filtersToSearchParams(
  value: Partial<CaseFilterValue>,
  base?: URLSearchParams | string,
): URLSearchParams {
  const f = normalizeCaseFilters(value);
  const params = new URLSearchParams(base);
  for (const name of Object.values(caseFilterParams)) params.delete(name);
  if (f.query) params.set(caseFilterParams.query, f.query);
  for (const key of listKeys) {
    for (const v of f[key]) params.append(caseFilterParams[key], v);
  }
  if (f.yearFrom !== undefined) params.set(caseFilterParams.yearFrom, String(f.yearFrom));
  if (f.yearTo !== undefined) params.set(caseFilterParams.yearTo, String(f.yearTo));
  return params;
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
