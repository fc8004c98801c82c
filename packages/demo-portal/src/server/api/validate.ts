import { createSamskapI18n, type SamskapLocale, samskapT } from '@samskap/i18n';
import {
  type CommentFormField,
  type CommentReportReason,
  DEFAULT_COMMENT_MAX_LENGTH,
  type PortalCommentAlignment,
  validateComment,
} from '@samskap/portal';

// The server checks every input itself, with the limits the components export, and answers in
// the words the form shows: the same messages, on the same fields, in the reader's language.

const i18n = createSamskapI18n();

export const alignments: readonly PortalCommentAlignment[] = ['for', 'neutral', 'against'];
export const reportReasons: readonly CommentReportReason[] = ['spam', 'offensive', 'off-topic'];

/** The longest id and report the API takes: guards against abuse, not component limits. */
export const MAX_ID_LENGTH = 100;
export const MAX_REPORT_LENGTH = 2000;

export type FieldErrors = Partial<Record<CommentFormField, string>>;

export interface CommentInput {
  name: string;
  email: string;
  body: string;
  alignment?: PortalCommentAlignment;
  parentId?: string;
  /** The honeypot: a person leaves it empty. */
  website: string;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Checks a comment as the form does, and drops what it does not know (an unknown
 * alignment, an overlong parent id). Takes anything (JSON or form fields) and never throws.
 */
export function checkComment(
  raw: unknown,
  locale: SamskapLocale,
): { ok: true; value: CommentInput } | { ok: false; fieldErrors: FieldErrors } {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const value: CommentInput = {
    name: str(input.name).trim(),
    email: str(input.email).trim(),
    body: str(input.body).trim(),
    website: str(input.website),
  };
  const alignment = str(input.alignment);
  if ((alignments as readonly string[]).includes(alignment)) {
    value.alignment = alignment as PortalCommentAlignment;
  }
  const parentId = str(input.parentId);
  if (parentId && parentId.length <= MAX_ID_LENGTH) value.parentId = parentId;

  const t = samskapT(i18n, locale);
  const problems = validateComment(value, { guest: true, maxLength: DEFAULT_COMMENT_MAX_LENGTH });
  const fieldErrors: FieldErrors = {};
  for (const field of ['name', 'email', 'body'] as const) {
    const problem = problems[field];
    if (!problem) continue;
    fieldErrors[field] =
      problem.code === 'bodyTooLong'
        ? t('comments.form.errors.bodyTooLong', { max: problem.max, length: problem.length })
        : t(`comments.form.errors.${problem.code}`);
  }
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, value };
}
