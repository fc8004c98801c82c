import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type {
  CommentReportReason,
  CommentVote,
  InnovationCase,
  PortalComment,
  PortalCommentAlignment,
  PortalCommentRole,
  PortalCommentStatus,
  PortalEvent,
} from '@samskap/portal';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { ArticleWithBody } from '../../app/types.js';
import type { Db } from './open.js';
import {
  articles,
  cases,
  comments,
  events,
  newsletterSignups,
  pageFeedback,
  registrations,
  reports,
  tipAttachments,
  tips,
  votes,
} from './schema.js';

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

/**
 * The id readers see for an author. The browser's cookie id is what lets the server show a
 * reader their own pending comments and votes, so it must never be shown to anyone else:
 * copied into another browser's cookie, it would act as that person. The cookie id is a random
 * UUID, so a one-way hash of it cannot be turned back, and it is stable across restarts, so the
 * page can still tell a reader which comments are theirs.
 */
export function publicAuthorId(clientId: string): string {
  return createHash('sha256').update(`samskap-author:${clientId}`).digest('hex').slice(0, 32);
}

function toPortalComment(
  row: CommentRow,
  counts: Map<string, { up: number; down: number; mine?: 'up' | 'down' }>,
): PortalComment {
  const v = counts.get(row.id) ?? { up: 0, down: 0 };
  return {
    id: row.id,
    ...(row.parentId ? { parentId: row.parentId } : {}),
    author: {
      id: publicAuthorId(row.clientId),
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

// --- Articles and events (seeded; read only) ---

export async function listArticles(db: Db): Promise<ArticleWithBody[]> {
  const rows = await db.select().from(articles).orderBy(asc(articles.position));
  return rows.map((r) => r.record as ArticleWithBody);
}

export async function getArticle(db: Db, id: string): Promise<ArticleWithBody | undefined> {
  const [row] = await db.select().from(articles).where(eq(articles.id, id)).limit(1);
  return row ? (row.record as ArticleWithBody) : undefined;
}

export async function listEvents(db: Db): Promise<PortalEvent[]> {
  const rows = await db.select().from(events).orderBy(asc(events.position));
  return rows.map((r) => r.record as PortalEvent);
}

export async function getEvent(db: Db, id: string): Promise<PortalEvent | undefined> {
  const [row] = await db.select().from(events).where(eq(events.id, id)).limit(1);
  return row ? (row.record as PortalEvent) : undefined;
}

// --- What people send ---

const referenceAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * A reference a person can read out on the phone: a prefix and eight characters without 0/O
 * and 1/I. 40 random bits, so guessing someone else's is hopeless.
 */
export function newReference(prefix: string): string {
  const bytes = randomBytes(8);
  let out = '';
  for (const b of bytes) out += referenceAlphabet[b % referenceAlphabet.length];
  return `${prefix}-${out.slice(0, 4)}-${out.slice(4)}`;
}

export interface NewRegistration {
  eventId: string;
  name: string;
  email: string;
  organisation?: string;
  dietary?: string;
  accessibility?: string;
  waitingList: boolean;
  clientId: string;
}

/** Stores a registration; returns its reference. */
export async function addRegistration(db: Db, input: NewRegistration): Promise<string> {
  const reference = newReference('P');
  await db.insert(registrations).values({
    id: reference,
    eventId: input.eventId,
    name: input.name,
    email: input.email,
    organisation: input.organisation ?? null,
    dietary: input.dietary ?? null,
    accessibility: input.accessibility ?? null,
    waitingList: input.waitingList,
    clientId: input.clientId,
  });
  return reference;
}

export interface NewTip {
  message: string;
  anonymous: boolean;
  name?: string;
  email?: string;
  attachments: { filename: string; contentType: string; content: Uint8Array }[];
  clientId: string;
}

/** Stores a tip with its files in one transaction; returns its reference. */
export async function addTip(db: Db, input: NewTip): Promise<string> {
  const reference = newReference('T');
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(tips).values({
      id,
      reference,
      message: input.message,
      // An anonymous tip keeps nothing that points to its sender.
      name: input.anonymous ? null : (input.name ?? null),
      email: input.anonymous ? null : (input.email ?? null),
      anonymous: input.anonymous,
      clientId: input.anonymous ? 'anonymous' : input.clientId,
    });
    if (input.attachments.length > 0) {
      await tx.insert(tipAttachments).values(
        input.attachments.map((a) => ({
          tipId: id,
          filename: a.filename,
          contentType: a.contentType,
          size: a.content.byteLength,
          content: Buffer.from(a.content).toString('base64'),
        })),
      );
    }
  });
  return reference;
}

/** A tip as the agency sees it (for tests and a future case-handling view). */
export async function getTip(db: Db, reference: string) {
  const [tip] = await db.select().from(tips).where(eq(tips.reference, reference)).limit(1);
  if (!tip) return undefined;
  const files = await db
    .select({
      filename: tipAttachments.filename,
      contentType: tipAttachments.contentType,
      size: tipAttachments.size,
    })
    .from(tipAttachments)
    .where(eq(tipAttachments.tipId, tip.id));
  return { ...tip, attachments: files };
}

/**
 * Records a sign-up waiting for confirmation. Signing up twice is not an error and says nothing
 * about whether the address was already there.
 */
export async function addNewsletterSignup(db: Db, email: string, locale: string): Promise<void> {
  await db.insert(newsletterSignups).values({ email, locale }).onConflictDoNothing();
}

export async function addPageFeedback(
  db: Db,
  input: { path: string; locale: string; useful: 'yes' | 'no'; comment?: string },
): Promise<void> {
  await db.insert(pageFeedback).values({ ...input, comment: input.comment ?? null });
}
