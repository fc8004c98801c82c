/** Who wrote a comment, as the portal shows them. */
export type PortalCommentRole = 'citizen' | 'official' | 'moderator';

/** The moderation state of a comment. */
export type PortalCommentStatus = 'published' | 'pending' | 'hidden' | 'deleted';

/** Where the writer stands on the case. */
export type PortalCommentAlignment = 'for' | 'against' | 'neutral';

export interface PortalCommentAuthor {
  /**
   * The writer's id in the host's user system. Only needed to show a pending comment to its own
   * writer (`CommentThread`'s `currentUserId`).
   */
  id?: string;
  /** The name shown with the comment. Plain text. */
  name: string;
  /** @default 'citizen' */
  role?: PortalCommentRole;
  /** The agency an official or moderator writes for: "Statens vegvesen". */
  organisation?: string;
}

export interface PortalCommentVotes {
  up: number;
  down: number;
  /** The current reader's own vote, if any. */
  mine?: 'up' | 'down';
}

/** One comment, as a flat record. A thread is a list of these, linked by `parentId`. */
export interface PortalComment {
  id: string;
  /** The comment this one replies to. Missing for a top-level comment. */
  parentId?: string;
  author: PortalCommentAuthor;
  /** Plain text. Never HTML: it is rendered as text, with line breaks and links kept. */
  body: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601, when the comment was last edited. */
  editedAt?: string;
  status: PortalCommentStatus;
  /** BCP 47 tag of the body's language (`nn`, `nn-NO`, `en`), when known. */
  language?: string;
  votes?: PortalCommentVotes;
  alignment?: PortalCommentAlignment;
}
