import type { PortalCommentAlignment } from '../comments/model.js';

const DRAFT_KIND = 'samskap-comment-draft';
const AUTHOR_KIND = 'samskap-comment-author';
const alignments: readonly string[] = ['for', 'against', 'neutral'];

/** What a draft keeps: the text and the stance, never the name or email. */
export interface CommentDraft {
  body: string;
  alignment?: PortalCommentAlignment;
}

/** A guest's name and email, kept only when they ticked "remember me". */
export interface RememberedAuthor {
  name: string;
  email: string;
}

// localStorage can be missing (server rendering), switched off, full, or throw on access
// (Safari with storage blocked); a draft is a convenience, so every failure is silent.
function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

function readJson(key: string): unknown {
  try {
    const raw = storage()?.getItem(key);
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Quota exceeded or storage blocked: the text is still in the form.
  }
}

export function removeStored(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do.
  }
}

/** The draft under `key`, or undefined when there is none, or it is corrupt or someone else's. */
export function readDraft(key: string): CommentDraft | undefined {
  const value = readJson(key) as Record<string, unknown> | undefined;
  if (!value || typeof value !== 'object' || value.kind !== DRAFT_KIND || value.v !== 1) {
    return undefined;
  }
  if (typeof value.body !== 'string' || value.body.trim() === '') return undefined;
  const alignment =
    typeof value.alignment === 'string' && alignments.includes(value.alignment)
      ? (value.alignment as PortalCommentAlignment)
      : undefined;
  return { body: value.body, ...(alignment ? { alignment } : {}) };
}

export function writeDraft(key: string, draft: CommentDraft): void {
  write(key, { kind: DRAFT_KIND, v: 1, body: draft.body, alignment: draft.alignment });
}

export function readRememberedAuthor(key: string): RememberedAuthor | undefined {
  const value = readJson(key) as Record<string, unknown> | undefined;
  if (!value || typeof value !== 'object' || value.kind !== AUTHOR_KIND || value.v !== 1) {
    return undefined;
  }
  if (typeof value.name !== 'string' || typeof value.email !== 'string') return undefined;
  return { name: value.name, email: value.email };
}

export function writeRememberedAuthor(key: string, author: RememberedAuthor): void {
  write(key, { kind: AUTHOR_KIND, v: 1, name: author.name, email: author.email });
}
