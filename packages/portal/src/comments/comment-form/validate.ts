import { countCharacters } from '@samskap/react';
import { isEmailLike } from '../../forms/validate.js';
import { COMMENT_BODY_MAX_LENGTH } from '../segments.js';

/** The fields of the comment form that can be wrong. */
export type CommentFormField = 'name' | 'email' | 'body';

/** Why a field is wrong, before translation. */
export type CommentFieldProblem =
  | { code: 'nameRequired' | 'emailRequired' | 'emailInvalid' | 'bodyRequired' }
  | { code: 'bodyTooLong'; max: number; length: number };

export type CommentFieldProblems = Partial<Record<CommentFormField, CommentFieldProblem>>;

/** The default length limit of a comment, in characters. */
export const DEFAULT_COMMENT_MAX_LENGTH = COMMENT_BODY_MAX_LENGTH;

export interface ValidateCommentOptions {
  /** Guests give a name and an email; signed-in people do not. */
  guest: boolean;
  /** @default 1000 */
  maxLength?: number;
}

/** Checks what the form can check before sending: required fields, email format, length. */
export function validateComment(
  values: { name: string; email: string; body: string },
  { guest, maxLength = DEFAULT_COMMENT_MAX_LENGTH }: ValidateCommentOptions,
): CommentFieldProblems {
  const problems: CommentFieldProblems = {};
  if (guest) {
    if (values.name.trim() === '') problems.name = { code: 'nameRequired' };
    const email = values.email.trim();
    if (email === '') problems.email = { code: 'emailRequired' };
    else if (!isEmailLike(email)) problems.email = { code: 'emailInvalid' };
  }
  const body = values.body.trim();
  // The same count the Textarea's counter shows, so the error and the counter agree.
  const length = countCharacters(body);
  if (length === 0) problems.body = { code: 'bodyRequired' };
  else if (length > maxLength) problems.body = { code: 'bodyTooLong', max: maxLength, length };
  return problems;
}
