import type { SamskapT } from '@samskap/i18n';
import type { CommentFieldError } from './useCommentForm.js';

/** Overrides of CommentForm's built-in strings. Functions get the values to put in. */
export interface CommentFormLabels {
  heading: string;
  /** The heading in reply mode: "Svar til Kari". */
  replyHeading: (name: string) => string;
  name: string;
  email: string;
  /** Under the email field: "Vi publiserer ikke e-postadressen din." */
  emailDescription: string;
  body: string;
  alignment: string;
  optional: string;
  alignmentFor: string;
  alignmentNeutral: string;
  alignmentAgainst: string;
  remember: string;
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
  success: string;
  /** The confirmation when comments are checked before they are shown. */
  successModerated: string;
  draftRestored: string;
  discardDraft: string;
  draftDiscarded: string;
}

export function formLabels(
  t: SamskapT,
  l: Partial<CommentFormLabels> | undefined = {},
): CommentFormLabels {
  const k = (key: string) => t(`comments.form.${key}` as Parameters<SamskapT>[0]);
  return {
    heading: l.heading ?? k('heading'),
    replyHeading: l.replyHeading ?? ((name) => t('comments.form.replyHeading', { name })),
    name: l.name ?? k('name'),
    email: l.email ?? k('email'),
    emailDescription: l.emailDescription ?? k('emailDescription'),
    body: l.body ?? k('body'),
    alignment: l.alignment ?? k('alignment'),
    optional: l.optional ?? k('optional'),
    alignmentFor: l.alignmentFor ?? k('alignmentFor'),
    alignmentNeutral: l.alignmentNeutral ?? k('alignmentNeutral'),
    alignmentAgainst: l.alignmentAgainst ?? k('alignmentAgainst'),
    remember: l.remember ?? k('remember'),
    privacy: l.privacy ?? k('privacy'),
    signedInAs: l.signedInAs ?? ((name) => t('comments.form.signedInAs', { name })),
    submit: l.submit ?? k('submit'),
    submitReply: l.submitReply ?? k('submitReply'),
    cancelReply: l.cancelReply ?? k('cancelReply'),
    honeypot: l.honeypot ?? k('honeypot'),
    nameRequired: l.nameRequired ?? k('errors.nameRequired'),
    emailRequired: l.emailRequired ?? k('errors.emailRequired'),
    emailInvalid: l.emailInvalid ?? k('errors.emailInvalid'),
    bodyRequired: l.bodyRequired ?? k('errors.bodyRequired'),
    bodyTooLong:
      l.bodyTooLong ?? ((max, length) => t('comments.form.errors.bodyTooLong', { max, length })),
    failedTitle: l.failedTitle ?? k('failedTitle'),
    failedBody: l.failedBody ?? k('failedBody'),
    retry: l.retry ?? k('retry'),
    success: l.success ?? k('success'),
    successModerated: l.successModerated ?? k('successModerated'),
    draftRestored: l.draftRestored ?? k('draftRestored'),
    discardDraft: l.discardDraft ?? k('discardDraft'),
    draftDiscarded: l.draftDiscarded ?? k('draftDiscarded'),
  };
}

/** The words for a field's error. */
export function errorText(error: CommentFieldError | undefined, labels: CommentFormLabels) {
  if (!error) return undefined;
  switch (error.code) {
    case 'server':
      return error.message;
    case 'bodyTooLong':
      return labels.bodyTooLong(error.max, error.length);
    default:
      return labels[error.code];
  }
}
