import { tipsStrings } from '@samskap/i18n';
import { type LabelOverrides, useLabels, useSamskapStrings } from '@samskap/react';

/** Where each of TipForm's labels lives in the `samskap` namespace. */
export const tipFormKeys = {
  heading: 'tips.form.heading',
  intro: 'tips.form.intro',
  message: 'tips.form.message',
  messageDescription: 'tips.form.messageDescription',
  contact: 'tips.form.contact',
  contactDescription: 'tips.form.contactDescription',
  anonymous: 'tips.form.anonymous',
  anonymousDescription: 'tips.form.anonymousDescription',
  name: 'tips.form.name',
  email: 'tips.form.email',
  attachments: 'tips.form.attachments',
  attachmentsDescription: 'tips.form.attachmentsDescription',
  privacy: 'tips.form.privacy',
  privacyLink: 'tips.form.privacyLink',
  submit: 'tips.form.submit',
  honeypot: 'tips.form.honeypot',
  messageRequired: 'tips.form.errors.messageRequired',
  messageTooLong: 'tips.form.errors.messageTooLong',
  emailInvalid: 'tips.form.errors.emailInvalid',
  tooMany: 'tips.form.errors.tooMany',
  tooLarge: 'tips.form.errors.tooLarge',
  wrongType: 'tips.form.errors.wrongType',
  failedTitle: 'tips.form.failedTitle',
  failedBody: 'tips.form.failedBody',
  retry: 'tips.form.retry',
  trapped: 'tips.form.trapped',
  receiptHeading: 'tips.form.receiptHeading',
  receipt: 'tips.form.receipt',
  receiptAnonymous: 'tips.form.receiptAnonymous',
  draftRestored: 'tips.form.draftRestored',
  discardDraft: 'tips.form.discardDraft',
  draftDiscarded: 'tips.form.draftDiscarded',
} as const;

/**
 * Overrides of TipForm's built-in strings: a text (with `{{placeholders}}`) or a function of
 * the values (`{ count }`, `{ name }`, `{ size }`, `{ types }`, `{ reference }`).
 */
export type TipFormLabels = LabelOverrides<keyof typeof tipFormKeys>;

/** TipForm's strings. The `tips` area is deferred, so it is added to the instance first. */
export function useTipFormLabels(labels?: TipFormLabels) {
  useSamskapStrings('tips', tipsStrings);
  return useLabels(tipFormKeys, labels);
}
