import { warnOnce } from '@samskap/react';
import type { PortalComment } from './model.js';

/** The order of top-level comments. Replies always read oldest first, as a conversation. */
export type CommentSort = 'oldest' | 'newest' | 'votes';

/** One comment in the thread as it is shown. */
export interface CommentNode {
  comment: PortalComment;
  /** 1 for a top-level comment, at most the tree's `maxDepth`. */
  depth: number;
  /** Replies shown nested below this comment, in reading order. */
  children: CommentNode[];
  /**
   * Set on a reply that sits deeper than `maxDepth` in the real thread and is shown flat: the
   * comment it answers ("Svar til Kari").
   */
  replyTo?: PortalComment;
  /** How many comments are shown below this one, at any depth. */
  descendantCount: number;
  /**
   * True for someone else's pending comment that is kept only because replies hang under it;
   * it is shown as a placeholder without its content.
   */
  placeholder: boolean;
  /** Whether the body is shown, and if not, which placeholder stands in for it. */
  visibility: CommentVisibility;
}

/**
 * What a reader may see of a comment. Moderation fails closed: only `published` comments, and
 * the reader's own `pending` ones, show their body; every other status, including one Samskap
 * does not know (`HIDDEN`, `rejected`, `spam`, a missing one), shows a placeholder.
 */
export type CommentVisibility = 'published' | 'own-pending' | 'pending' | 'deleted' | 'hidden';

/** What the reader with id `currentUserId` may see of `comment`. See `CommentVisibility`. */
export function commentVisibility(
  comment: PortalComment,
  currentUserId: string | undefined,
): CommentVisibility {
  const status: unknown = comment?.status;
  if (status === 'published') return 'published';
  if (status === 'pending') {
    const author = comment.author?.id;
    const own =
      typeof currentUserId === 'string' && currentUserId !== '' && author === currentUserId;
    return own ? 'own-pending' : 'pending';
  }
  if (status === 'deleted') return 'deleted';
  if (status !== 'hidden') {
    warnOnce(
      `comment-status:${String(status)}`,
      `Samskap CommentThread: the status ${JSON.stringify(status)} is not one of published, pending, hidden or deleted; such comments are shown as hidden.`,
    );
  }
  return 'hidden';
}

export interface CommentTree {
  /** Top-level comments, oldest first. Sort them with `sortCommentNodes`. */
  roots: CommentNode[];
  /** Every shown comment by id. */
  byId: Map<string, CommentNode>;
  /** Comments a reader can read: published ones, and the reader's own pending ones. */
  count: number;
}

export interface BuildCommentTreeOptions {
  /**
   * How deep replies nest; deeper ones are shown flat at this depth, marked with whom they
   * answer. At least 2.
   * @default 3
   */
  maxDepth?: number;
  /** The reader's user id: their own pending comments are shown to them. */
  currentUserId?: string;
}

function timeOf(comment: PortalComment): number {
  const ms = Date.parse(comment.createdAt);
  return Number.isFinite(ms) ? ms : Number.POSITIVE_INFINITY;
}

/**
 * Builds the flat list into the thread that is shown, in one pass over the data. A reply whose
 * parent is missing becomes a top-level comment, a cycle of parents is broken at its oldest
 * comment, a repeated id keeps its first record, and no input makes it throw.
 */
export function buildCommentTree(
  comments: readonly PortalComment[],
  options: BuildCommentTreeOptions = {},
): CommentTree {
  const maxDepth = Math.max(2, Math.floor(options.maxDepth ?? 3) || 3);
  const { currentUserId } = options;

  const byIdRaw = new Map<string, PortalComment>();
  const order = new Map<string, number>();
  const time = new Map<string, number>();
  for (const comment of comments) {
    if (!comment || typeof comment.id !== 'string' || byIdRaw.has(comment.id)) continue;
    byIdRaw.set(comment.id, comment);
    order.set(comment.id, order.size);
    time.set(comment.id, timeOf(comment));
  }
  const compareOldest = (a: PortalComment, b: PortalComment) => {
    const ta = time.get(a.id) ?? 0;
    const tb = time.get(b.id) ?? 0;
    if (ta !== tb) return ta < tb ? -1 : 1;
    return (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  };

  const childrenOf = new Map<string, PortalComment[]>();
  const tops: PortalComment[] = [];
  for (const comment of byIdRaw.values()) {
    const parentId = comment.parentId;
    if (typeof parentId === 'string' && parentId !== comment.id && byIdRaw.has(parentId)) {
      let list = childrenOf.get(parentId);
      if (!list) {
        list = [];
        childrenOf.set(parentId, list);
      }
      list.push(comment);
    } else {
      tops.push(comment);
    }
  }
  for (const list of childrenOf.values()) list.sort(compareOldest);
  tops.sort(compareOldest);

  // Pass 1: a preorder walk of the real thread. Comments caught in a parent cycle are never
  // reached from a top-level comment; the oldest of them is promoted to the top.
  const preorder: PortalComment[] = [];
  const seen = new Set<string>();
  const walk = (start: PortalComment) => {
    const stack = [start];
    while (stack.length > 0) {
      const c = stack.pop() as PortalComment;
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      preorder.push(c);
      const kids = childrenOf.get(c.id);
      if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as PortalComment);
    }
  };
  for (const top of tops) walk(top);
  if (seen.size < byIdRaw.size) {
    const stranded = [...byIdRaw.values()].filter((c) => !seen.has(c.id)).sort(compareOldest);
    for (const c of stranded) {
      if (seen.has(c.id)) continue;
      tops.push(c);
      walk(c);
    }
    tops.sort(compareOldest);
  }

  // Pass 2: someone else's pending comment is left out, unless replies hang under it.
  const visibility = new Map<string, CommentVisibility>();
  for (const c of byIdRaw.values()) visibility.set(c.id, commentVisibility(c, currentUserId));
  const isForeignPending = (c: PortalComment) => visibility.get(c.id) === 'pending';
  const keep = new Map<string, boolean>();
  for (let i = preorder.length - 1; i >= 0; i--) {
    const c = preorder[i] as PortalComment;
    const kids = childrenOf.get(c.id) ?? [];
    keep.set(c.id, !isForeignPending(c) || kids.some((k) => keep.get(k.id) && seen.has(k.id)));
  }

  // Pass 3: the shown tree. Replies below maxDepth go into the list of the comment at
  // maxDepth - 1, straight after the comment they answer, in conversation order.
  const byId = new Map<string, CommentNode>();
  const roots: CommentNode[] = [];
  let count = 0;
  type Frame = {
    comment: PortalComment;
    container: CommentNode[];
    depth: number;
    replyTo?: PortalComment;
  };
  const placed = new Set<string>();
  const stack: Frame[] = [];
  for (let i = tops.length - 1; i >= 0; i--) {
    stack.push({ comment: tops[i] as PortalComment, container: roots, depth: 1 });
  }
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const { comment } = frame;
    if (placed.has(comment.id) || !keep.get(comment.id)) continue;
    placed.add(comment.id);
    const placeholder = isForeignPending(comment);
    const shown = visibility.get(comment.id) ?? 'hidden';
    const node: CommentNode = {
      comment,
      depth: frame.depth,
      children: [],
      descendantCount: 0,
      placeholder,
      visibility: shown,
      ...(frame.replyTo ? { replyTo: frame.replyTo } : {}),
    };
    if (shown === 'published' || shown === 'own-pending') count++;
    frame.container.push(node);
    byId.set(comment.id, node);
    const kids = childrenOf.get(comment.id);
    if (!kids) continue;
    const nested = frame.depth < maxDepth;
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push({
        comment: kids[i] as PortalComment,
        container: nested ? node.children : frame.container,
        depth: nested ? frame.depth + 1 : maxDepth,
        ...(nested ? {} : { replyTo: comment }),
      });
    }
  }

  // Counts for "Vis 3 svar": children first, so walk the nodes in reverse placement order.
  const nodes = [...byId.values()];
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i] as CommentNode;
    node.descendantCount = node.children.reduce((sum, c) => sum + 1 + c.descendantCount, 0);
  }

  return { roots, byId, count };
}

function score(node: CommentNode): number {
  const votes = node.comment.votes;
  if (!votes) return 0;
  const up = Number.isFinite(votes.up) ? votes.up : 0;
  const down = Number.isFinite(votes.down) ? votes.down : 0;
  return up - down;
}

/**
 * The top-level comments in the chosen order (a new array; the tree is not touched). Ties keep
 * the oldest first.
 */
export function sortCommentNodes(roots: readonly CommentNode[], sort: CommentSort): CommentNode[] {
  const indexed = roots.map((node, index) => ({ node, index }));
  if (sort === 'newest') {
    indexed.sort((a, b) => b.index - a.index);
  } else if (sort === 'votes') {
    indexed.sort((a, b) => score(b.node) - score(a.node) || a.index - b.index);
  }
  return indexed.map((x) => x.node);
}
