import { checkFiles, countCharacters, type FileProblem } from '@samskap/react';
import { isEmailLike } from '../../forms/validate.js';

export type TipFormField = 'message' | 'name' | 'email' | 'attachments';

/** Why a tip cannot be sent yet, before translation. */
export type TipFieldProblem =
  | { code: 'messageRequired' | 'emailInvalid' }
  | { code: 'messageTooLong'; max: number; length: number }
  | FileProblem;

export interface TipLimits {
  maxLength: number;
  maxFiles: number;
  maxFileSize: number;
  accept: string;
}

export interface TipValues {
  message: string;
  anonymous: boolean;
  name: string;
  email: string;
  attachments: File[];
  trap: string;
}

/** What the form checks before sending: the message, an email if given, and the attachments. */
export function validateTip(
  v: TipValues,
  limits: TipLimits,
): Partial<Record<TipFormField, TipFieldProblem>> {
  const problems: Partial<Record<TipFormField, TipFieldProblem>> = {};
  const length = countCharacters(v.message.trim());
  if (length === 0) problems.message = { code: 'messageRequired' };
  else if (length > limits.maxLength) {
    problems.message = { code: 'messageTooLong', max: limits.maxLength, length };
  }
  const email = v.email.trim();
  if (!v.anonymous && email !== '' && !isEmailLike(email))
    problems.email = { code: 'emailInvalid' };
  const files = checkFiles(v.attachments, {
    maxFiles: limits.maxFiles,
    maxSize: limits.maxFileSize,
    accept: limits.accept,
  });
  if (files) problems.attachments = files;
  return problems;
}
