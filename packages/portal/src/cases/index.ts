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
  isLevelOfGovernment,
  normalizeCase,
  normalizeCases,
} from './normalize.js';
export {
  caseFilterParams,
  filtersFromSearchParams,
  filtersToSearchParams,
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
