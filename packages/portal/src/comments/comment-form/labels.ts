import type { LabelOverride, LabelOverrides } from '@samskap/react';
import type { CommentFieldError } from './useCommentForm.js';

/** Overrides of CommentForm's built-in strings. Functions get the values to put in. */
export interface CommentFormLabels {
  heading: string;
  /** The heading in reply mode: "Svar til Kari". */
  replyHeading: (name: string) => string;
  name: string;
  email: string;
  /** Under the email field: "Blir ikke publisert." */
  emailDescription: string;
  body: string;
  alignment: string;
  optional: string;
  alignmentFor: string;
  alignmentNeutral: string;
  alignmentAgainst: string;
  remember: string;
  /** Under "remember me": how long, and a word about shared computers. */
  rememberDescription: string;
  /** The button that forgets a remembered name and email. */
  forget: string;
  /** Announced when they have been forgotten. */
  forgotten: string;
  privacy: string;
  signedInAs: (name: string) => string;
  submit: string;
  submitReply: string;
  cancelReply: string;
  honeypot: string;
  nameRequired: string;
  emailRequired: string;
  emailInvalid: string;
  bodyRequired: string;
  bodyTooLong: (max: number, length: number) => string;
  failedTitle: string;
  failedBody: string;
  retry: string;
  /** Shown when the spam trap stopped the send: nothing was sent, the text is kept. */
  trapped: string;
  success: string;
  /** The confirmation when comments are checked before they are shown. */
  successModerated: string;
  draftRestored: string;
  discardDraft: string;
  draftDiscarded: string;
}

export type CommentFormLabelName = keyof CommentFormLabels;

/** Where each label lives in the `samskap` namespace. */
export const commentFormKeys = {
  heading: 'comments.form.heading',
  replyHeading: 'comments.form.replyHeading',
  name: 'comments.form.name',
  email: 'comments.form.email',
  emailDescription: 'comments.form.emailDescription',
  body: 'comments.form.body',
  alignment: 'comments.form.alignment',
  optional: 'comments.form.optional',
  alignmentFor: 'comments.form.alignmentFor',
  alignmentNeutral: 'comments.form.alignmentNeutral',
  alignmentAgainst: 'comments.form.alignmentAgainst',
  remember: 'comments.form.remember',
  rememberDescription: 'comments.form.rememberDescription',
  forget: 'comments.form.forget',
  forgotten: 'comments.form.forgotten',
  privacy: 'comments.form.privacy',
  signedInAs: 'comments.form.signedInAs',
  submit: 'comments.form.submit',
  submitReply: 'comments.form.submitReply',
  cancelReply: 'comments.form.cancelReply',
  honeypot: 'comments.form.honeypot',
  nameRequired: 'comments.form.errors.nameRequired',
  emailRequired: 'comments.form.errors.emailRequired',
  emailInvalid: 'comments.form.errors.emailInvalid',
  bodyRequired: 'comments.form.errors.bodyRequired',
  bodyTooLong: 'comments.form.errors.bodyTooLong',
  failedTitle: 'comments.form.failedTitle',
  failedBody: 'comments.form.failedBody',
  retry: 'comments.form.retry',
  trapped: 'comments.form.trapped',
  success: 'comments.form.success',
  successModerated: 'comments.form.successModerated',
  draftRestored: 'comments.form.draftRestored',
  discardDraft: 'comments.form.discardDraft',
  draftDiscarded: 'comments.form.draftDiscarded',
} as const satisfies Record<CommentFormLabelName, string>;

/**
 * CommentForm's `labels` prop in the shape `useLabels` takes: the three labels that were
 * functions of positional arguments become functions of named values.
 */
export function commentFormOverrides(
  l: Partial<CommentFormLabels> | undefined,
): LabelOverrides<CommentFormLabelName> | undefined {
  if (!l) return undefined;
  const { replyHeading, signedInAs, bodyTooLong, ...plain } = l;
  const out: Partial<Record<CommentFormLabelName, LabelOverride>> = { ...plain };
  if (replyHeading) out.replyHeading = (v) => replyHeading(String(v.name ?? ''));
  if (signedInAs) out.signedInAs = (v) => signedInAs(String(v.name ?? ''));
  if (bodyTooLong) out.bodyTooLong = (v) => bodyTooLong(Number(v.max), Number(v.length));
  return out;
}

/** The words for a field's error. */
export function errorText(
  error: CommentFieldError | undefined,
  label: (name: CommentFormLabelName, values?: Record<string, unknown>) => string,
): string | undefined {
  if (!error) return undefined;
  switch (error.code) {
    case 'server':
      return error.message;
    case 'bodyTooLong':
      return label('bodyTooLong', { max: error.max, length: error.length });
    default:
      return label(error.code);
  }
}
