import type { CommentNode } from '../tree.js';

/**
 * The shown thread in reading order: each comment, then its replies, then the next top-level
 * comment. A page is a stretch of this order, so "show more" goes on where the reader stopped,
 * also in the middle of a long branch.
 */
export interface ReadingOrder {
  /** Every shown comment, in reading order. */
  nodes: CommentNode[];
  /** The position of each comment in `nodes`, by id. */
  index: Map<string, number>;
  /** Where each top-level comment's branch starts; the last entry is `nodes.length`. */
  rootStart: number[];
  /** The top-level comment each position belongs to (its index in the roots). */
  rootOf: Int32Array;
}

/** The reading order of sorted top-level comments. Linear in the number of comments. */
export function readingOrder(roots: readonly CommentNode[]): ReadingOrder {
  const nodes: CommentNode[] = [];
  const index = new Map<string, number>();
  const rootStart: number[] = [];
  const rootOfList: number[] = [];
  const stack: CommentNode[] = [];
  roots.forEach((root, r) => {
    rootStart.push(nodes.length);
    stack.push(root);
    while (stack.length > 0) {
      const node = stack.pop() as CommentNode;
      index.set(node.comment.id, nodes.length);
      nodes.push(node);
      rootOfList.push(r);
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push(node.children[i] as CommentNode);
    }
  });
  rootStart.push(nodes.length);
  return { nodes, index, rootStart, rootOf: Int32Array.from(rootOfList) };
}

/**
 * Where a page that starts at position `start` ends (the first position after it): after
 * `pageSize` top-level comments with their replies (the one `start` is in counts as the first),
 * or after `maxComments` comments, replies included, whichever comes first.
 */
export function pageEnd(
  order: ReadingOrder,
  start: number,
  pageSize: number,
  maxComments: number,
): number {
  const total = order.nodes.length;
  if (start >= total) return total;
  const root = order.rootOf[start] ?? 0;
  const byRoots = order.rootStart[Math.min(root + pageSize, order.rootStart.length - 1)] ?? total;
  return Math.min(total, byRoots, start + maxComments);
}
