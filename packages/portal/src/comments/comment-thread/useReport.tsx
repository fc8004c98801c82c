import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { PortalComment } from '../model.js';
import {
  type CommentReport,
  ReportDialog,
  type ReportDialogLabels,
} from '../report-dialog/ReportDialog.js';

export interface ReportPlumbing {
  /** Opens the dialog for a comment; `opener` gets focus back when it closes. */
  openReport: (comment: PortalComment, opener: HTMLElement | null) => void;
  /** The dialog while one is open, else null. */
  dialog: ReactNode;
}

/** The thread's report flow: which comment is being reported, the dialog, focus back after. */
export function useReport(
  onReport: ((commentId: string, report: CommentReport) => void | Promise<void>) | undefined,
  labels: ReportDialogLabels | undefined,
): ReportPlumbing {
  const [reporting, setReporting] = useState<PortalComment | undefined>(undefined);
  const opener = useRef<HTMLElement | null>(null);
  const returnFocus = useRef(false);
  // Focus goes back to the report button once the dialog has left the page: while a modal
  // dialog is open, everything outside it is inert and cannot take focus.
  useEffect(() => {
    if (reporting || !returnFocus.current) return;
    returnFocus.current = false;
    opener.current?.focus();
  }, [reporting]);

  const openReport = useCallback((comment: PortalComment, from: HTMLElement | null) => {
    opener.current = from;
    setReporting(comment);
  }, []);

  const dialog =
    reporting && onReport ? (
      <ReportDialog
        comment={reporting}
        onReport={onReport}
        labels={labels}
        onClose={() => {
          returnFocus.current = true;
          setReporting(undefined);
        }}
      />
    ) : null;
  return { openReport, dialog };
}
