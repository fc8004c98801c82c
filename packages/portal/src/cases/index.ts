export {
  type CaseFacetKey,
  type CaseFacets,
  type CaseFilterResult,
  type CaseFilterValue,
  caseFacetKeys,
  emptyCaseFilters,
  type FacetCount,
  filterCases,
  foldForSearch,
  hasActiveFilters,
  normalizeCaseFilters,
} from './filter.js';
export {
  caseFilterParams,
  casePageParam,
  type FiltersToSearchParamsOptions,
  filtersFromSearchParams,
  filtersToSearchParams,
  MAX_CASE_PAGE,
  pageFromSearchParams,
} from './search-params.js';
export {
  type CaseImage,
  type CaseSector,
  type InnovationCase,
  type InnovationStage,
  innovationStages,
  type KnownSector,
  knownSectors,
  type LevelOfGovernment,
  levelsOfGovernment,
} from './types.js';
