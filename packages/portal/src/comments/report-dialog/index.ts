export {
  type CommentReport,
  type CommentReportReason,
  ReportDialog,
  type ReportDialogLabels,
  type ReportDialogProps,
} from './ReportDialog.js';
