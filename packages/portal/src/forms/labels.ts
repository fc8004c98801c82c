import type { LabelFn, LabelOverrides } from '@samskap/react';
import type { FormFieldError } from './useForm.js';

/** The strings every form's messages need; each form passes its own words over them. */
export type FormMessageLabel = 'trapped' | 'failedTitle' | 'failedBody' | 'retry';
/** The strings of the draft notice, for a form that keeps drafts. */
export type FormDraftLabel = 'draftRestored' | 'discardDraft' | 'draftDiscarded';
/** The strings of a form's end: the consent box, the spam trap, the submit button. */
export type FormTailLabel = 'consent' | 'consentDescription' | 'honeypot' | 'submit';

/** The names of the shared form parts' strings, for `labelsFrom`. */
export const formLabels = {
  /** `FormMessages`, in every form. */
  messages: ['trapped', 'failedTitle', 'failedBody', 'retry'],
  /** `FormMessages`' draft notice, in a form that keeps drafts. */
  draft: ['draftRestored', 'discardDraft', 'draftDiscarded'],
  /** `FormTail` without a consent box. */
  tail: ['honeypot', 'submit'],
  /** `FormTail` with a consent box. */
  consent: ['consent', 'consentDescription'],
} as const satisfies {
  messages: readonly FormMessageLabel[];
  draft: readonly FormDraftLabel[];
  tail: readonly FormTailLabel[];
  consent: readonly FormTailLabel[];
};

/**
 * A shared part's `labels` from a form's own label function: each named string as the form
 * resolves it (its `labels` prop, the provider's translations, its own keys), so the part says
 * the form's words: `labels={labelsFrom(label, formLabels.messages, formLabels.draft)}`.
 */
export function labelsFrom<Name extends string>(
  label: LabelFn<Name>,
  ...lists: readonly (readonly Name[])[]
): LabelOverrides<Name> {
  const out: LabelOverrides<Name> = {};
  for (const name of lists.flat()) out[name] = (values) => label(name, values);
  return out;
}

/**
 * A field's error in words: the server's own, or the form's string named by the problem's code.
 * `errorText: problemText(label)`.
 */
export function problemText<Code extends string>(label: LabelFn<Code>) {
  return (error: FormFieldError<{ code: Code }> | undefined): string | undefined => {
    if (!error) return undefined;
    if (error.code === 'server') return (error as { message: string }).message;
    return label(error.code);
  };
}
