export type {
  PortalComment,
  PortalCommentAlignment,
  PortalCommentAuthor,
  PortalCommentRole,
  PortalCommentStatus,
  PortalCommentVotes,
} from './model.js';
export { type BodySegment, bodySegments, type UrlCheck } from './segments.js';
export {
  type BuildCommentTreeOptions,
  buildCommentTree,
  type CommentNode,
  type CommentSort,
  type CommentTree,
  sortCommentNodes,
} from './tree.js';
