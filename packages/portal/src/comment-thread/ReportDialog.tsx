import { announce, Button, Dialog, useSamskapLocale } from '@samskap/react';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { PortalComment } from '../comments/model.js';
import { DialogActions, DialogBody, DialogError, Reasons } from './ReportDialog.styles.js';

/** Why a comment is reported. */
export type CommentReportReason = 'spam' | 'offensive' | 'off-topic';

/** What `onReport` receives. */
export interface CommentReport {
  reason: CommentReportReason;
  /** Free text from the reader; may be empty. Plain text. */
  details: string;
}

export interface ReportDialogLabels {
  title: string;
  reason: string;
  spam: string;
  offensive: string;
  offTopic: string;
  details: string;
  optional: string;
  send: string;
  cancel: string;
  reasonRequired: string;
  sent: string;
  failed: string;
}

const reasons: CommentReportReason[] = ['spam', 'offensive', 'off-topic'];

export interface ReportDialogProps {
  comment: PortalComment;
  onReport: (commentId: string, report: CommentReport) => void | Promise<void>;
  /** Closes the dialog; the thread returns focus to the report button. */
  onClose: () => void;
  labels?: Partial<ReportDialogLabels>;
}

/**
 * A modal dialog to report a comment: a reason (required) and free text. Native `<dialog>`, so
 * focus is trapped and Escape closes it without script of our own.
 */
export function ReportDialog({ comment, onReport, onClose, labels: l = {} }: ReportDialogProps) {
  const { t, info } = useSamskapLocale();
  const labels: ReportDialogLabels = {
    title: l.title ?? t('comments.report.title'),
    reason: l.reason ?? t('comments.report.reason'),
    spam: l.spam ?? t('comments.report.spam'),
    offensive: l.offensive ?? t('comments.report.offensive'),
    offTopic: l.offTopic ?? t('comments.report.offTopic'),
    details: l.details ?? t('comments.report.details'),
    optional: l.optional ?? t('comments.form.optional'),
    send: l.send ?? t('comments.report.send'),
    cancel: l.cancel ?? t('comments.report.cancel'),
    reasonRequired: l.reasonRequired ?? t('comments.report.reasonRequired'),
    sent: l.sent ?? t('comments.report.sent'),
    failed: l.failed ?? t('comments.report.failed'),
  };
  const id = useId();
  const [reason, setReason] = useState<CommentReportReason | undefined>(undefined);
  const [details, setDetails] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const firstRadio = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!reason) {
      setError(labels.reasonRequired);
      firstRadio.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await onReport(comment.id, { reason, details: details.trim() });
      announce(labels.sent, { lang: info.tag });
      onClose();
    } catch {
      setBusy(false);
      setError(labels.failed);
    }
  };

  const labelFor = (r: CommentReportReason) =>
    r === 'spam' ? labels.spam : r === 'offensive' ? labels.offensive : labels.offTopic;

  const formId = `${id}-form`;
  return (
    <Dialog
      open
      onClose={onClose}
      heading={labels.title}
      size="sm"
      footer={
        <DialogActions>
          <Button type="submit" form={formId} loading={busy}>
            {labels.send}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {labels.cancel}
          </Button>
        </DialogActions>
      }
    >
      <DialogBody id={formId} noValidate onSubmit={submit}>
        <Reasons aria-describedby={error ? `${id}-error` : undefined}>
          <legend>{labels.reason}</legend>
          {error ? (
            <DialogError id={`${id}-error`} role="alert">
              {error}
            </DialogError>
          ) : null}
          {reasons.map((r, index) => (
            <label key={r}>
              <input
                ref={index === 0 ? firstRadio : undefined}
                type="radio"
                name={`${id}-reason`}
                value={r}
                checked={reason === r}
                aria-invalid={error === labels.reasonRequired || undefined}
                onChange={() => {
                  setReason(r);
                  setError(undefined);
                }}
              />
              {labelFor(r)}
            </label>
          ))}
        </Reasons>
        <label htmlFor={`${id}-details`}>
          {labels.details} <span data-marker="">{labels.optional}</span>
        </label>
        <textarea
          id={`${id}-details`}
          rows={4}
          value={details}
          onChange={(e) => setDetails(e.target.value)}
        />
      </DialogBody>
    </Dialog>
  );
}
