import type { LabelFn, LabelOverrides } from '@samskap/react';

export const threadLabelKeys = {
  /** The heading: "12 kommentarar". `{{count}}`. */
  count: 'comments.thread.count',
  empty: 'comments.thread.empty',
  sort: 'comments.thread.sort',
  sortOldest: 'comments.thread.sortOldest',
  sortNewest: 'comments.thread.sortNewest',
  sortVotes: 'comments.thread.sortVotes',
  /** The accessible name of each comment: "Kommentar frå Kari". `{{name}}`. */
  commentBy: 'comments.thread.commentBy',
  /** On a reply shown flat below the nesting limit: "Svar til Kari". `{{name}}`. */
  replyTo: 'comments.thread.replyTo',
  /** The badge of an official: "Svar frå Statens vegvesen". `{{organisation}}`. */
  official: 'comments.thread.official',
  /** The badge of an official with no organisation given. */
  officialUnnamed: 'comments.thread.officialUnnamed',
  moderator: 'comments.thread.moderator',
  edited: 'comments.thread.edited',
  pending: 'comments.thread.pending',
  hidden: 'comments.thread.hidden',
  deleted: 'comments.thread.deleted',
  reply: 'comments.thread.reply',
  voteUp: 'comments.thread.voteUp',
  voteDown: 'comments.thread.voteDown',
  report: 'comments.thread.report',
  permalink: 'comments.thread.permalink',
  /** `{{count}}` */
  hideReplies: 'comments.thread.hideReplies',
  /** `{{count}}` */
  showReplies: 'comments.thread.showReplies',
  /** "Vis fleire kommentarar (40 att)". `{{remaining}}`. */
  showMore: 'comments.thread.showMore',
  /** Announced when a reply has been posted. */
  replyPosted: 'comments.thread.replyPosted',
} as const;

export type ThreadLabelName = keyof typeof threadLabelKeys;

/**
 * Overrides of CommentThread's built-in strings: a text with `{{count}}`-style placeholders, or
 * a function of the values (`({ count }) => ...`), which keeps a host's own plural forms.
 */
export type CommentThreadLabels = LabelOverrides<ThreadLabelName>;

export type ThreadLabel = LabelFn<ThreadLabelName>;
