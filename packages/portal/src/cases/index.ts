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
  filtersFromSearchParams,
  filtersToSearchParams,
} from './search-params.js';
export {
  type CaseContact,
  type CaseImage,
  type CaseSector,
  type CaseText,
  type InnovationCase,
  type InnovationStage,
  innovationStages,
  type KnownSector,
  knownSectors,
  type LevelOfGovernment,
  levelsOfGovernment,
} from './types.js';
