import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

// One schema for the embedded database (PGlite) and a PostgreSQL server. The SQL that creates it
// is in drizzle/ (a Drizzle migration); the two must change together.

/** Innovation cases, seeded from the sample data. The record is kept whole, as a CMS gives it. */
export const cases = pgTable('cases', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  record: jsonb('record').notNull(),
  featured: boolean('featured').notNull().default(false),
});

export const comments = pgTable(
  'comments',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    parentId: text('parent_id'),
    authorName: text('author_name').notNull(),
    /** Never published, never sent to a browser. */
    authorEmail: text('author_email').notNull(),
    /** The browser that wrote it, so that its writer sees it while it waits for moderation. */
    clientId: text('client_id').notNull(),
    authorRole: text('author_role').notNull().default('citizen'),
    authorOrganisation: text('author_organisation'),
    body: text('body').notNull(),
    alignment: text('alignment'),
    language: text('language'),
    status: text('status').notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('comments_case_idx').on(t.caseId, t.createdAt)],
);

export const votes = pgTable(
  'votes',
  {
    commentId: text('comment_id')
      .notNull()
      .references(() => comments.id),
    clientId: text('client_id').notNull(),
    vote: text('vote').notNull(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.clientId] })],
);

export const reports = pgTable('reports', {
  id: serial('id').primaryKey(),
  commentId: text('comment_id')
    .notNull()
    .references(() => comments.id),
  clientId: text('client_id').notNull(),
  reason: text('reason').notNull(),
  details: text('details').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Articles of the innovation magazine, seeded from the sample data with a body of paragraphs. */
export const articles = pgTable('articles', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  record: jsonb('record').notNull(),
});

/** Events, seeded from the sample data. */
export const events = pgTable('events', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  record: jsonb('record').notNull(),
});

export const registrations = pgTable('registrations', {
  /** Also the reference the person gets back. */
  id: text('id').primaryKey(),
  eventId: text('event_id')
    .notNull()
    .references(() => events.id),
  name: text('name').notNull(),
  email: text('email').notNull(),
  organisation: text('organisation'),
  dietary: text('dietary'),
  accessibility: text('accessibility'),
  /** The event was full and the person joined its waiting list. */
  waitingList: boolean('waiting_list').notNull().default(false),
  clientId: text('client_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const tips = pgTable('tips', {
  id: text('id').primaryKey(),
  /** The reference the sender gets back. */
  reference: text('reference').notNull().unique(),
  message: text('message').notNull(),
  name: text('name'),
  email: text('email'),
  anonymous: boolean('anonymous').notNull().default(false),
  clientId: text('client_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const tipAttachments = pgTable('tip_attachments', {
  id: serial('id').primaryKey(),
  tipId: text('tip_id')
    .notNull()
    .references(() => tips.id),
  filename: text('filename').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  /** Base64, so that both drivers store it the same way; the size limit keeps it small. */
  content: text('content').notNull(),
});

export const newsletterSignups = pgTable('newsletter_signups', {
  email: text('email').primaryKey(),
  locale: text('locale').notNull(),
  /** Nothing is sent until the person confirms through the link in the email (double opt-in). */
  confirmed: boolean('confirmed').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** "Was this page useful?": the answer, the page, and a comment if one was written. */
export const pageFeedback = pgTable('page_feedback', {
  id: serial('id').primaryKey(),
  path: text('path').notNull(),
  locale: text('locale').notNull(),
  useful: text('useful').notNull(),
  comment: text('comment'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
