export {
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
  LanguageSwitcher,
  type LanguageSwitcherLabels,
  type LanguageSwitcherProps,
} from './language-switcher/index.js';
