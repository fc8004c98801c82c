export { CommentThread, type CommentThreadProps } from './CommentThread.js';
export type { CommentVote } from './context.js';
export type { CommentThreadLabels } from './labels.js';
export type { CommentReport, CommentReportReason } from './ReportDialog.js';
