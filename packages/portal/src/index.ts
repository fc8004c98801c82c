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
  CaseDetails,
  type CaseDetailsLabels,
  type CaseDetailsProps,
  type CaseSectionKey,
  caseSections,
} from './cases/case-details/index.js';
export {
  type CaseContact,
  type CaseFacetKey,
  type CaseFacets,
  type CaseFilterResult,
  type CaseFilterValue,
  type CaseImage,
  type CaseSector,
  type CaseText,
  caseFacetKeys,
  caseFilterParams,
  casePageParam,
  emptyCaseFilters,
  type FacetCount,
  type FiltersToSearchParamsOptions,
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
  MAX_CASE_PAGE,
  normalizeCaseFilters,
  pageFromSearchParams,
} from './cases/index.js';
export {
  type CommentFieldError,
  type CommentFieldProblem,
  CommentForm,
  type CommentFormField,
  type CommentFormLabels,
  type CommentFormProps,
  type CommentFormStatus,
  type CommentFormValues,
  type CommentSubmission,
  type CommentSubmitOutcome,
  type CommentSubmitResult,
  DEFAULT_COMMENT_MAX_LENGTH,
  type UseCommentFormOptions,
  useCommentForm,
  validateComment,
} from './comment-form/index.js';
export {
  type CommentReport,
  type CommentReportReason,
  CommentThread,
  type CommentThreadLabels,
  type CommentThreadProps,
  type CommentVote,
} from './comment-thread/index.js';
export {
  type BodySegment,
  type BuildCommentTreeOptions,
  bodySegments,
  buildCommentTree,
  type CommentNode,
  type CommentSort,
  type CommentTree,
  type PortalComment,
  type PortalCommentAlignment,
  type PortalCommentAuthor,
  type PortalCommentRole,
  type PortalCommentStatus,
  type PortalCommentVotes,
  sortCommentNodes,
  type UrlCheck,
} from './comments/index.js';
export {
  ContentLanguageNotice,
  type ContentLanguageNoticeLabels,
  type ContentLanguageNoticeProps,
} from './content-language-notice/index.js';
export {
  COOKIE_CONSENT_MAX_AGE,
  COOKIE_CONSENT_STORAGE_KEY,
  type CookieChoice,
  CookieConsent,
  type CookieConsentLabels,
  type CookieConsentProps,
  type CookieConsentValue,
  createCookieConsent,
  openCookieSettings,
  parseCookieConsent,
  readCookieConsent,
  writeCookieConsent,
} from './frame/cookie-consent/index.js';
export {
  PageFeedback,
  type PageFeedbackAnswer,
  type PageFeedbackLabels,
  type PageFeedbackProps,
  type PageFeedbackValue,
} from './frame/page-feedback/index.js';
export {
  type PortalContact,
  PortalFooter,
  type PortalFooterLabels,
  type PortalFooterLink,
  type PortalFooterProps,
} from './frame/portal-footer/index.js';
export {
  PortalHeader,
  type PortalHeaderLabels,
  type PortalHeaderProps,
  type PortalNavItem,
  type PortalPhase,
} from './frame/portal-header/index.js';
export {
  type ShareLink,
  ShareLinks,
  type ShareLinksLabels,
  type ShareLinksProps,
} from './frame/share-links/index.js';
export {
  MachineTranslation,
  type MachineTranslationLabels,
  type MachineTranslationProps,
  type TranslateFn,
} from './language/machine-translation/index.js';
export {
  LanguageSwitcher,
  type LanguageSwitcherLabels,
  type LanguageSwitcherPersist,
  type LanguageSwitcherProps,
  type LanguageSwitcherVariant,
} from './language-switcher/index.js';
export {
  type IdeaStatus,
  ideaStatuses,
  isProgressStatus,
  type ProgressMilestone,
  type ProgressStatus,
  ProgressTimeline,
  type ProgressTimelineLabels,
  type ProgressTimelineProps,
  StatusBadge,
  type StatusBadgeProps,
  type StatusLabelName,
  type StatusLabels,
} from './status/index.js';
