import { randomUUID } from 'node:crypto';
import type {
  CommentReportReason,
  CommentVote,
  InnovationCase,
  PortalComment,
  PortalCommentAlignment,
  PortalCommentRole,
  PortalCommentStatus,
} from '@samskap/portal';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from './open.js';
import { cases, comments, reports, votes } from './schema.js';

/** Every case, in the order of the sample data. */
export async function listCases(db: Db): Promise<InnovationCase[]> {
  const rows = await db.select().from(cases).orderBy(asc(cases.position));
  return rows.map((r) => r.record as InnovationCase);
}

export async function featuredCases(db: Db): Promise<InnovationCase[]> {
  const rows = await db
    .select()
    .from(cases)
    .where(eq(cases.featured, true))
    .orderBy(asc(cases.position));
  return rows.map((r) => r.record as InnovationCase);
}

export async function getCase(db: Db, id: string): Promise<InnovationCase | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id)).limit(1);
  return row ? (row.record as InnovationCase) : undefined;
}

type CommentRow = typeof comments.$inferSelect;

function toPortalComment(
  row: CommentRow,
  counts: Map<string, { up: number; down: number; mine?: 'up' | 'down' }>,
): PortalComment {
  const v = counts.get(row.id) ?? { up: 0, down: 0 };
  return {
    id: row.id,
    ...(row.parentId ? { parentId: row.parentId } : {}),
    author: {
      id: row.clientId,
      name: row.authorName,
      role: row.authorRole as PortalCommentRole,
      ...(row.authorOrganisation ? { organisation: row.authorOrganisation } : {}),
    },
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    status: row.status as PortalCommentStatus,
    ...(row.language ? { language: row.language } : {}),
    ...(row.alignment ? { alignment: row.alignment as PortalCommentAlignment } : {}),
    votes: v,
  };
}

/**
 * A case's comments as a reader sees them: the published ones, and the reader's own that wait
 * for moderation. Email addresses never leave the database.
 */
export async function listComments(
  db: Db,
  caseId: string,
  clientId: string,
): Promise<PortalComment[]> {
  const rows = await db
    .select()
    .from(comments)
    .where(
      and(
        eq(comments.caseId, caseId),
        or(
          eq(comments.status, 'published'),
          and(eq(comments.status, 'pending'), eq(comments.clientId, clientId)),
        ),
      ),
    )
    .orderBy(asc(comments.createdAt));
  const ids = rows.map((r) => r.id);
  const counts = new Map<string, { up: number; down: number; mine?: 'up' | 'down' }>();
  if (ids.length > 0) {
    const all = await db.select().from(votes).where(inArray(votes.commentId, ids));
    for (const v of all) {
      const c = counts.get(v.commentId) ?? { up: 0, down: 0 };
      if (v.vote === 'up') c.up++;
      else c.down++;
      if (v.clientId === clientId) c.mine = v.vote as 'up' | 'down';
      counts.set(v.commentId, c);
    }
  }
  return rows.map((r) => toPortalComment(r, counts));
}

export interface NewComment {
  caseId: string;
  parentId?: string;
  name: string;
  email: string;
  body: string;
  alignment?: PortalCommentAlignment;
  language: string;
  clientId: string;
}

/** Stores a comment. Every new comment waits for a moderator. */
export async function addComment(db: Db, input: NewComment): Promise<PortalComment> {
  const [row] = await db
    .insert(comments)
    .values({
      id: randomUUID(),
      caseId: input.caseId,
      parentId: input.parentId ?? null,
      authorName: input.name,
      authorEmail: input.email,
      clientId: input.clientId,
      body: input.body,
      alignment: input.alignment ?? null,
      language: input.language,
      status: 'pending',
    })
    .returning();
  if (!row) throw new Error('The comment was not stored');
  return toPortalComment(row, new Map());
}

export async function commentExists(db: Db, id: string, caseId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: comments.id })
    .from(comments)
    .where(caseId ? and(eq(comments.id, id), eq(comments.caseId, caseId)) : eq(comments.id, id))
    .limit(1);
  return row !== undefined;
}

/** One vote per comment and browser; `undefined` takes it back. */
export async function setVote(
  db: Db,
  commentId: string,
  clientId: string,
  vote: CommentVote | undefined,
): Promise<void> {
  await db.delete(votes).where(and(eq(votes.commentId, commentId), eq(votes.clientId, clientId)));
  if (vote) await db.insert(votes).values({ commentId, clientId, vote });
}

export async function addReport(
  db: Db,
  input: { commentId: string; clientId: string; reason: CommentReportReason; details: string },
): Promise<void> {
  await db.insert(reports).values(input);
}
