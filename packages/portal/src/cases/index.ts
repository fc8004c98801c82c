export {
  type CaseFacetKey,
  type CaseFacets,
  type CaseFilterResult,
  type CaseFilterValue,
  caseFacetKeys,
  caseYearOptions,
  coerceCaseFacets,
  coerceCaseFilterValue,
  emptyCaseFilters,
  type FacetCount,
  filterCases,
  foldForSearch,
  hasActiveFilters,
  normalizeCaseFilters,
} from './filter.js';
export {
  caseLimits,
  isCaseYear,
  isInnovationStage,
  isKnownSector,
  isLevelOfGovernment,
  normalizeCase,
  normalizeCases,
} from './normalize.js';
export {
  caseFilterParams,
  casePageParam,
  type FiltersToSearchParamsOptions,
  filtersFromSearchParams,
  filtersToSearchParams,
  MAX_CASE_PAGE,
  pageFromSearchParams,
} from './search-params.js';
// The case model: every name in types.ts is public.
export * from './types.js';
