import { describe, expect, it, vi } from 'vitest';
import type { PortalComment } from './model.js';
import { buildCommentTree, type CommentNode, commentVisibility, sortCommentNodes } from './tree.js';

let clock = Date.UTC(2026, 0, 1);
function c(id: string, parentId?: string, extra: Partial<PortalComment> = {}): PortalComment {
  clock += 60_000;
  return {
    id,
    ...(parentId ? { parentId } : {}),
    author: { name: `Person ${id}` },
    body: `Body ${id}`,
    createdAt: new Date(clock).toISOString(),
    status: 'published',
    ...extra,
  };
}

const shape = (nodes: CommentNode[]): unknown =>
  nodes.map((n) =>
    n.children.length > 0
      ? { [n.comment.id]: shape(n.children), ...(n.replyTo ? { to: n.replyTo.id } : {}) }
      : n.replyTo
        ? `${n.comment.id}->${n.replyTo.id}`
        : n.comment.id,
  );

describe('buildCommentTree', () => {
  it('nests replies under their parents, oldest first', () => {
    const tree = buildCommentTree([c('a'), c('b'), c('a1', 'a'), c('a2', 'a'), c('b1', 'b')]);
    expect(shape(tree.roots)).toEqual([{ a: ['a1', 'a2'] }, { b: ['b1'] }]);
    expect(tree.count).toBe(5);
    expect(tree.byId.get('a')?.descendantCount).toBe(2);
  });

  it('keeps the input order of children when times are given in any order', () => {
    const late = c('late');
    const early = { ...c('early'), createdAt: '2020-01-01T00:00:00Z' };
    expect(shape(buildCommentTree([late, early]).roots)).toEqual(['early', 'late']);
  });

  it('shows replies deeper than maxDepth flat at that depth, marked with whom they answer', () => {
    const list = [c('1'), c('2', '1'), c('3', '2'), c('4', '3'), c('5', '4'), c('3b', '2')];
    const tree = buildCommentTree(list);
    expect(shape(tree.roots)).toEqual([{ 1: [{ 2: ['3', '4->3', '5->4', '3b'] }] }]);
    const depths = [...tree.byId.values()].map((n) => [n.comment.id, n.depth]);
    expect(depths).toEqual([
      ['1', 1],
      ['2', 2],
      ['3', 3],
      ['4', 3],
      ['5', 3],
      ['3b', 3],
    ]);
    expect(tree.byId.get('1')?.descendantCount).toBe(5);
  });

  it('honours a custom maxDepth, and never goes below 2', () => {
    const list = [c('1'), c('2', '1'), c('3', '2')];
    expect(shape(buildCommentTree(list, { maxDepth: 2 }).roots)).toEqual([{ 1: ['2', '3->2'] }]);
    expect(shape(buildCommentTree(list, { maxDepth: 0 }).roots)).toEqual([{ 1: [{ 2: ['3'] }] }]);
    expect(shape(buildCommentTree(list, { maxDepth: 1 }).roots)).toEqual([{ 1: ['2', '3->2'] }]);
  });

  it('makes orphans top-level comments and survives self-parents, cycles and duplicate ids', () => {
    const list = [
      c('orphan', 'missing'),
      c('self', 'self'),
      c('x', 'y'),
      c('y', 'x'),
      c('dup'),
      { ...c('dup'), body: 'second' },
    ];
    const tree = buildCommentTree(list);
    expect(shape(tree.roots)).toEqual(['orphan', 'self', { x: ['y'] }, 'dup']);
    expect(tree.byId.get('dup')?.comment.body).toBe('Body dup');
  });

  it('never throws on junk', () => {
    const junk = [
      null,
      {},
      { id: 7 },
      { id: 'ok', author: null, createdAt: 'not a date', status: 'weird' },
    ] as unknown as PortalComment[];
    expect(() => buildCommentTree(junk)).not.toThrow();
    expect(buildCommentTree(junk).roots.map((n) => n.comment.id)).toEqual(['ok']);
  });

  it('handles a chain thousands of replies deep without recursion', () => {
    const list = [c('0')];
    for (let i = 1; i < 20_000; i++) list.push(c(String(i), String(i - 1)));
    const tree = buildCommentTree(list);
    expect(tree.byId.size).toBe(20_000);
    expect(tree.byId.get('19999')?.depth).toBe(3);
  });

  it("shows pending comments only to their author, and keeps someone else's as a placeholder when it has replies", () => {
    const mine = c('mine', undefined, { status: 'pending', author: { id: 'u1', name: 'Kari' } });
    const theirs = c('theirs', undefined, { status: 'pending', author: { id: 'u2', name: 'Ola' } });
    const parent = c('parent', undefined, { status: 'pending', author: { id: 'u2', name: 'Ola' } });
    const child = c('child', 'parent');
    const asKari = buildCommentTree([mine, theirs, parent, child], { currentUserId: 'u1' });
    expect(shape(asKari.roots)).toEqual(['mine', { parent: ['child'] }]);
    expect(asKari.byId.get('parent')?.placeholder).toBe(true);
    expect(asKari.byId.get('mine')?.placeholder).toBe(false);
    expect(asKari.count).toBe(2);
    const anonymous = buildCommentTree([mine, theirs]);
    expect(anonymous.roots).toEqual([]);
  });

  it('keeps deleted and hidden comments with their replies, and leaves them out of the count', () => {
    const tree = buildCommentTree([
      c('d', undefined, { status: 'deleted' }),
      c('d1', 'd'),
      c('h', undefined, { status: 'hidden' }),
    ]);
    expect(shape(tree.roots)).toEqual([{ d: ['d1'] }, 'h']);
    expect(tree.count).toBe(1);
  });
});

describe('sortCommentNodes', () => {
  const list = [
    c('old', undefined, { votes: { up: 1, down: 0 } }),
    c('mid', undefined, { votes: { up: 5, down: 1 } }),
    c('new', undefined, { votes: { up: 4, down: 0 } }),
    c('reply', 'old'),
  ];
  const { roots } = buildCommentTree(list);
  const ids = (nodes: CommentNode[]) => nodes.map((n) => n.comment.id);

  it('sorts top-level comments oldest, newest or by votes, ties oldest first', () => {
    expect(ids(sortCommentNodes(roots, 'oldest'))).toEqual(['old', 'mid', 'new']);
    expect(ids(sortCommentNodes(roots, 'newest'))).toEqual(['new', 'mid', 'old']);
    expect(ids(sortCommentNodes(roots, 'votes'))).toEqual(['mid', 'new', 'old']);
  });

  it('leaves the tree as it was', () => {
    sortCommentNodes(roots, 'newest');
    expect(ids(roots)).toEqual(['old', 'mid', 'new']);
  });
});

describe('commentVisibility', () => {
  const base = { id: '1', author: { id: 'me', name: 'Kari' }, body: 'x', createdAt: '' };

  it('shows a body for published comments and the reader’s own pending ones only', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const visibility = (status: unknown, reader?: string) =>
      commentVisibility({ ...base, status } as PortalComment, reader);
    expect(visibility('published')).toBe('published');
    expect(visibility('pending', 'me')).toBe('own-pending');
    expect(visibility('pending', 'someone')).toBe('pending');
    expect(visibility('pending')).toBe('pending');
    expect(visibility('deleted')).toBe('deleted');
    for (const status of [
      'hidden',
      'HIDDEN',
      'Published',
      'rejected',
      'spam',
      undefined,
      null,
      1,
    ]) {
      expect(visibility(status, 'me')).toBe('hidden');
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"rejected"'));
    warn.mockRestore();
  });

  it('counts only what a reader can read', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tree = buildCommentTree(
      ['published', 'spam', 'REJECTED', 'pending'].map(
        (status, i) => ({ ...base, id: String(i), status }) as PortalComment,
      ),
      { currentUserId: 'me' },
    );
    expect(tree.count).toBe(2);
    expect(tree.roots.map((n) => n.visibility)).toEqual([
      'published',
      'hidden',
      'hidden',
      'own-pending',
    ]);
    vi.restoreAllMocks();
  });
});
