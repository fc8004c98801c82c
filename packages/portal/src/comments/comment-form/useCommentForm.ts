import {
  type FormFieldError,
  type FormStatus,
  type FormSubmitOutcome,
  useForm,
} from '../../forms/useForm.js';
import type { PortalCommentAlignment } from '../model.js';
import {
  type CommentFieldProblem,
  type CommentFormField,
  DEFAULT_COMMENT_MAX_LENGTH,
  validateComment,
} from './validate.js';

/** What `onSubmit` receives. */
export interface CommentSubmission {
  /** The guest's name, or the signed-in user's. */
  name: string;
  /** The guest's email, or the signed-in user's when known. Never published. */
  email: string;
  /** The comment, trimmed. Plain text. */
  body: string;
  alignment?: PortalCommentAlignment;
  /** The guest asked to be remembered on this device. */
  remember: boolean;
  /** The comment this one replies to. */
  parentId?: string;
}

/** What `onSubmit` may resolve with: messages from the server, shown on the fields. */
export interface CommentSubmitResult {
  fieldErrors?: Partial<Record<CommentFormField, string>>;
}

/** A field's error: one the form found (translated by the component) or the server's words. */
export type CommentFieldError = FormFieldError<CommentFieldProblem>;

/** `trapped`: the honeypot was filled, nothing was sent and the host was told (`onTrap`). */
export type CommentFormStatus = FormStatus;

/** What happened to one call of `submit`. */
export type CommentSubmitOutcome = FormSubmitOutcome;

export interface CommentFormValues {
  name: string;
  email: string;
  body: string;
  alignment?: PortalCommentAlignment;
  remember: boolean;
  /** The honeypot. A person never sees it; a bot that fills it is not sent on. */
  trap: string;
}

export interface UseCommentFormOptions {
  /** Guests give a name and an email; signed-in people do not. */
  guest: boolean;
  /** Name and email of the signed-in user. */
  user?: { name: string; email?: string };
  // biome-ignore lint/suspicious/noConfusingVoidType: lets a host pass `async (s) => { await post(s) }`
  onSubmit: (submission: CommentSubmission) => Promise<void | CommentSubmitResult>;
  /**
   * Told, instead of `onSubmit`, when the honeypot was filled (most likely a bot, possibly a
   * person's autofill). The text and the draft stay; the author is not remembered.
   */
  onTrap?: (submission: CommentSubmission) => void;
  maxLength?: number;
  /**
   * Where the draft is kept. A reply's draft is its own: with `parentId` the draft lives under
   * `${draftKey}:reply:${parentId}`, so reply forms given one key never share a text.
   */
  draftKey?: string;
  /** Where "remember me" keeps the name and email. */
  rememberKey?: string;
  parentId?: string;
  /** How long typing must pause before the draft is saved, in ms. */
  draftDelay?: number;
  /** How long a draft is kept, in ms. @default 7 days */
  draftMaxAge?: number;
  /** How long a remembered name and email are kept, in ms. @default 30 days */
  rememberMaxAge?: number;
  /**
   * The values the form starts with, such as what a server received from a plain HTML post that
   * it sends back with errors. A body given here wins over a saved draft.
   */
  initialValues?: Partial<Omit<CommentFormValues, 'trap'>>;
  /** Errors from the server to show on the first render, in the server's words. */
  initialErrors?: Partial<Record<CommentFormField, string>>;
}

const empty: CommentFormValues = {
  name: '',
  email: '',
  body: '',
  alignment: undefined,
  remember: false,
  trap: '',
};

const alignments: readonly unknown[] = ['for', 'against', 'neutral'];

export const DEFAULT_REMEMBER_KEY = 'samskap:comment-author';

/** The draft key of one comment form: a reply's is its own. */
export function commentDraftKey(draftKey: string | undefined, parentId: string | undefined) {
  if (!draftKey) return undefined;
  return parentId ? `${draftKey}:reply:${parentId}` : draftKey;
}

// A stored draft is untrusted: only a text body and a known stance come back.
function parseDraft(stored: Record<string, unknown>): Partial<CommentFormValues> | undefined {
  if (typeof stored.body !== 'string' || stored.body.trim() === '') return undefined;
  return {
    body: stored.body,
    ...(alignments.includes(stored.alignment)
      ? { alignment: stored.alignment as PortalCommentAlignment }
      : {}),
  };
}

/**
 * The comment form's state, on the shared form machinery (`useForm`): values, validation,
 * drafts, "remember me" and the submit state machine, with no markup. `CommentForm` is built on
 * it; a host can build its own comment form on it too.
 */
export function useCommentForm({
  guest,
  user,
  onSubmit,
  onTrap,
  maxLength = DEFAULT_COMMENT_MAX_LENGTH,
  draftKey,
  rememberKey = DEFAULT_REMEMBER_KEY,
  parentId,
  draftDelay = 400,
  draftMaxAge,
  rememberMaxAge,
  initialValues,
  initialErrors,
}: UseCommentFormOptions) {
  const toSubmission = (v: CommentFormValues): CommentSubmission => ({
    name: guest ? v.name.trim() : (user?.name ?? ''),
    email: guest ? v.email.trim() : (user?.email ?? ''),
    body: v.body.trim(),
    ...(v.alignment ? { alignment: v.alignment } : {}),
    remember: guest && v.remember,
    ...(parentId ? { parentId } : {}),
  });
  return useForm<CommentFormValues, CommentFieldProblem, CommentSubmitResult>({
    initialValues: empty,
    startValues: initialValues,
    startErrors: initialErrors,
    validate: (v) => validateComment(v, { guest, maxLength }),
    onSubmit: (v) => onSubmit(toSubmission(v)),
    onTrap: onTrap ? (v) => onTrap(toSubmission(v)) : undefined,
    honeypot: 'trap',
    draft: {
      key: commentDraftKey(draftKey, parentId),
      fields: ['body', 'alignment'],
      delay: draftDelay,
      maxAge: draftMaxAge,
      parse: parseDraft,
    },
    remember: {
      key: rememberKey,
      fields: ['name', 'email'],
      optIn: 'remember',
      maxAge: rememberMaxAge,
      enabled: guest,
    },
  });
}
