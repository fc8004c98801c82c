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
  LanguageSwitcher,
  type LanguageSwitcherLabels,
  type LanguageSwitcherPersist,
  type LanguageSwitcherProps,
  type LanguageSwitcherVariant,
} from './language-switcher/index.js';
