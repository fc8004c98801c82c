export type {
  CommentReport,
  CommentReportReason,
  ReportDialogLabels,
} from '../report-dialog/index.js';
export { CommentThread, type CommentThreadProps } from './CommentThread.js';
export type { CommentVote } from './context.js';
export type { CommentThreadLabels } from './labels.js';
