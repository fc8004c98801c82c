import {
  Alert,
  announce,
  Button,
  Dialog,
  type LabelOverrides,
  Radio,
  RadioGroup,
  Textarea,
  useLabels,
  useSamskapLocale,
} from '@samskap/react';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { PortalComment } from '../model.js';
import { DialogActions, DialogBody } from './ReportDialog.styles.js';

/** Why a comment is reported. */
export type CommentReportReason = 'spam' | 'offensive' | 'off-topic';

/** What `onReport` receives. */
export interface CommentReport {
  reason: CommentReportReason;
  /** Free text from the reader; may be empty. Plain text. */
  details: string;
}

const labelKeys = {
  title: 'comments.report.title',
  reason: 'comments.report.reason',
  spam: 'comments.report.spam',
  offensive: 'comments.report.offensive',
  offTopic: 'comments.report.offTopic',
  details: 'comments.report.details',
  send: 'comments.report.send',
  cancel: 'comments.report.cancel',
  reasonRequired: 'comments.report.reasonRequired',
  sent: 'comments.report.sent',
  failed: 'comments.report.failed',
} as const;

/** Overrides of the report dialog's built-in strings. */
export type ReportDialogLabels = LabelOverrides<keyof typeof labelKeys>;

const reasons: readonly { value: CommentReportReason; label: keyof typeof labelKeys }[] = [
  { value: 'spam', label: 'spam' },
  { value: 'offensive', label: 'offensive' },
  { value: 'off-topic', label: 'offTopic' },
];

function reasonOf(value: string): CommentReportReason | undefined {
  return reasons.find((r) => r.value === value)?.value;
}

export interface ReportDialogProps {
  comment: PortalComment;
  onReport: (commentId: string, report: CommentReport) => void | Promise<void>;
  /** Closes the dialog; the thread returns focus to the report button. */
  onClose: () => void;
  labels?: ReportDialogLabels;
}

/**
 * A modal dialog to report a comment: a reason (required) and free text. Built from `Dialog`,
 * `RadioGroup` and `Textarea`, so the error is wired to the group with its hidden "Feil:" and a
 * failed send is said in an `Alert`.
 */
export function ReportDialog({ comment, onReport, onClose, labels }: ReportDialogProps) {
  const { info } = useSamskapLocale();
  const label = useLabels(labelKeys, labels);
  const id = useId();
  const [reason, setReason] = useState<CommentReportReason | undefined>(undefined);
  const [details, setDetails] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const firstRadio = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!reason) {
      setMissingReason(true);
      firstRadio.current?.focus();
      return;
    }
    setBusy(true);
    setFailed(false);
    try {
      await onReport(comment.id, { reason, details: details.trim() });
      announce(label('sent'), { lang: info.tag });
      onClose();
    } catch {
      setBusy(false);
      setFailed(true);
    }
  };

  const formId = `${id}-form`;
  return (
    <Dialog
      open
      onClose={onClose}
      heading={label('title')}
      size="sm"
      footer={
        <DialogActions>
          <Button type="submit" form={formId} loading={busy}>
            {label('send')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {label('cancel')}
          </Button>
        </DialogActions>
      }
    >
      <DialogBody id={formId} noValidate onSubmit={submit}>
        {failed ? (
          <Alert variant="danger" live="assertive">
            {label('failed')}
          </Alert>
        ) : null}
        <RadioGroup
          legend={label('reason')}
          required
          value={reason}
          error={missingReason ? label('reasonRequired') : undefined}
          onChange={(value) => {
            setReason(reasonOf(value));
            setMissingReason(false);
          }}
        >
          {reasons.map((r, index) => (
            <Radio
              key={r.value}
              ref={index === 0 ? firstRadio : undefined}
              value={r.value}
              label={label(r.label)}
            />
          ))}
        </RadioGroup>
        <Textarea
          label={label('details')}
          optional
          rows={4}
          value={details}
          onChange={(e) => setDetails(e.target.value)}
        />
      </DialogBody>
    </Dialog>
  );
}
