export {
  CaseCard,
  type CaseCardLabels,
  type CaseCardProps,
  CaseCardSkeleton,
  type CaseCardSkeletonProps,
  type CaseCardVariant,
} from './case-card/index.js';
export {
  CaseFilters,
  type CaseFiltersLabels,
  type CaseFiltersProps,
} from './case-filters/index.js';
export {
  CaseList,
  type CaseListLabels,
  type CaseListLayout,
  type CaseListProps,
} from './case-list/index.js';
export {
  type CaseFacetKey,
  type CaseFacets,
  type CaseFilterResult,
  type CaseFilterValue,
  type CaseImage,
  type CaseSector,
  caseFacetKeys,
  caseFilterParams,
  emptyCaseFilters,
  type FacetCount,
  filterCases,
  filtersFromSearchParams,
  filtersToSearchParams,
  foldForSearch,
  hasActiveFilters,
  type InnovationCase,
  type InnovationStage,
  innovationStages,
  type KnownSector,
  knownSectors,
  type LevelOfGovernment,
  levelsOfGovernment,
  normalizeCaseFilters,
} from './cases/index.js';
export {
  ContentLanguageNotice,
  type ContentLanguageNoticeLabels,
  type ContentLanguageNoticeProps,
} from './content-language-notice/index.js';
export {
  LanguageSwitcher,
  type LanguageSwitcherLabels,
  type LanguageSwitcherPersist,
  type LanguageSwitcherProps,
  type LanguageSwitcherVariant,
} from './language-switcher/index.js';
