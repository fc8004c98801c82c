export type {
  PortalComment,
  PortalCommentAlignment,
  PortalCommentAuthor,
  PortalCommentRole,
  PortalCommentStatus,
  PortalCommentVotes,
} from './model.js';
export {
  type BodySegment,
  bodySegments,
  COMMENT_BODY_MAX_LENGTH,
  type UrlCheck,
} from './segments.js';
export {
  type BuildCommentTreeOptions,
  buildCommentTree,
  type CommentNode,
  type CommentSort,
  type CommentTree,
  type CommentVisibility,
  commentVisibility,
  sortCommentNodes,
} from './tree.js';
