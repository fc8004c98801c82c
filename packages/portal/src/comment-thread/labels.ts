import type { SamskapT } from '@samskap/i18n';

/** Overrides of CommentThread's built-in strings. Functions get the value to put in. */
export interface CommentThreadLabels {
  /** The heading: "12 kommentarar". */
  count: (count: number) => string;
  empty: string;
  sort: string;
  sortOldest: string;
  sortNewest: string;
  sortVotes: string;
  /** The accessible name of each comment: "Kommentar frå Kari". */
  commentBy: (name: string) => string;
  /** On a reply shown flat below the nesting limit: "Svar til Kari". */
  replyTo: (name: string) => string;
  /** The badge of an official: "Svar frå Statens vegvesen". */
  official: (organisation: string) => string;
  /** The badge of an official with no organisation given. */
  officialUnnamed: string;
  moderator: string;
  edited: string;
  pending: string;
  hidden: string;
  deleted: string;
  reply: string;
  voteUp: string;
  voteDown: string;
  report: string;
  permalink: string;
  hideReplies: (count: number) => string;
  showReplies: (count: number) => string;
  /** "Vis fleire kommentarar (40 att)". */
  showMore: (remaining: number) => string;
  /** Announced when a reply has been posted. */
  replyPosted: string;
}

export function threadLabels(
  t: SamskapT,
  labels: Partial<CommentThreadLabels> | undefined,
): CommentThreadLabels {
  const l = labels ?? {};
  return {
    count: l.count ?? ((count) => t('comments.thread.count', { count })),
    empty: l.empty ?? t('comments.thread.empty'),
    sort: l.sort ?? t('comments.thread.sort'),
    sortOldest: l.sortOldest ?? t('comments.thread.sortOldest'),
    sortNewest: l.sortNewest ?? t('comments.thread.sortNewest'),
    sortVotes: l.sortVotes ?? t('comments.thread.sortVotes'),
    commentBy: l.commentBy ?? ((name) => t('comments.thread.commentBy', { name })),
    replyTo: l.replyTo ?? ((name) => t('comments.thread.replyTo', { name })),
    official: l.official ?? ((organisation) => t('comments.thread.official', { organisation })),
    officialUnnamed: l.officialUnnamed ?? t('comments.thread.officialUnnamed'),
    moderator: l.moderator ?? t('comments.thread.moderator'),
    edited: l.edited ?? t('comments.thread.edited'),
    pending: l.pending ?? t('comments.thread.pending'),
    hidden: l.hidden ?? t('comments.thread.hidden'),
    deleted: l.deleted ?? t('comments.thread.deleted'),
    reply: l.reply ?? t('comments.thread.reply'),
    voteUp: l.voteUp ?? t('comments.thread.voteUp'),
    voteDown: l.voteDown ?? t('comments.thread.voteDown'),
    report: l.report ?? t('comments.thread.report'),
    permalink: l.permalink ?? t('comments.thread.permalink'),
    hideReplies: l.hideReplies ?? ((count) => t('comments.thread.hideReplies', { count })),
    showReplies: l.showReplies ?? ((count) => t('comments.thread.showReplies', { count })),
    showMore: l.showMore ?? ((remaining) => t('comments.thread.showMore', { remaining })),
    replyPosted: l.replyPosted ?? t('comments.thread.replyPosted'),
  };
}
