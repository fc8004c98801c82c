import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PortalCommentAlignment } from '../comments/model.js';
import {
  readDraft,
  readRememberedAuthor,
  removeStored,
  writeDraft,
  writeRememberedAuthor,
} from './storage.js';
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
export type CommentFieldError = CommentFieldProblem | { code: 'server'; message: string };

export type CommentFormStatus = 'idle' | 'invalid' | 'submitting' | 'failed' | 'succeeded';

/** What happened to one call of `submit`. */
export type CommentSubmitOutcome = 'invalid' | 'server-errors' | 'failed' | 'succeeded' | 'ignored';

export interface CommentFormValues {
  name: string;
  email: string;
  body: string;
  alignment?: PortalCommentAlignment;
  remember: boolean;
  /** The honeypot. A person never sees it; a bot that fills it is ignored. */
  trap: string;
}

export interface UseCommentFormOptions {
  /** Guests give a name and an email; signed-in people do not. */
  guest: boolean;
  /** Name and email of the signed-in user. */
  user?: { name: string; email?: string };
  // biome-ignore lint/suspicious/noConfusingVoidType: lets a host pass `async (s) => { await post(s) }`
  onSubmit: (submission: CommentSubmission) => Promise<void | CommentSubmitResult>;
  maxLength?: number;
  draftKey?: string;
  /** Where "remember me" keeps the name and email. */
  rememberKey?: string;
  parentId?: string;
  /** How long typing must pause before the draft is saved, in ms. */
  draftDelay?: number;
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
  remember: false,
  trap: '',
};

export const DEFAULT_REMEMBER_KEY = 'samskap:comment-author';

/** The server's messages as field errors; blank or non-string messages are dropped. */
function serverErrors(
  messages: Partial<Record<CommentFormField, unknown>> | undefined,
): Partial<Record<CommentFormField, CommentFieldError>> {
  const errors: Partial<Record<CommentFormField, CommentFieldError>> = {};
  for (const field of ['name', 'email', 'body'] as const) {
    const message = messages?.[field];
    if (typeof message === 'string' && message.trim() !== '') {
      errors[field] = { code: 'server', message };
    }
  }
  return errors;
}

/**
 * The comment form's state: values, validation, drafts and the submit state machine, with no
 * markup. `CommentForm` is built on it; a host can build its own form on it too.
 */
export function useCommentForm({
  guest,
  user,
  onSubmit,
  maxLength = DEFAULT_COMMENT_MAX_LENGTH,
  draftKey,
  rememberKey = DEFAULT_REMEMBER_KEY,
  parentId,
  draftDelay = 400,
  initialValues,
  initialErrors,
}: UseCommentFormOptions) {
  const [values, setValues] = useState<CommentFormValues>(() => ({ ...empty, ...initialValues }));
  const [errors, setErrors] = useState<Partial<Record<CommentFormField, CommentFieldError>>>(() =>
    serverErrors(initialErrors),
  );
  const [status, setStatus] = useState<CommentFormStatus>(() =>
    Object.keys(serverErrors(initialErrors)).length > 0 ? 'invalid' : 'idle',
  );
  // Read once: what the server sent back outranks what this device remembers.
  const startedWith = useRef(initialValues);
  const [draftRestored, setDraftRestored] = useState(false);
  // Bumped on every submit that finds errors, so the summary can take focus again.
  const [attempt, setAttempt] = useState(0);

  const valuesRef = useRef(values);
  valuesRef.current = values;
  const busy = useRef(false);
  const mounted = useRef(true);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const errorsRef = useRef(errors);
  errorsRef.current = errors;
  const onSubmitRef = useRef(onSubmit);
  onSubmitRef.current = onSubmit;

  const saveNow = useCallback(() => {
    if (saveTimer.current !== undefined) {
      clearTimeout(saveTimer.current);
      saveTimer.current = undefined;
    }
    if (!draftKey) return;
    const { body, alignment } = valuesRef.current;
    writeDraft(draftKey, { body, ...(alignment ? { alignment } : {}) });
  }, [draftKey]);

  // Restored after mount, not during render, so server-rendered HTML matches the first render.
  useEffect(() => {
    mounted.current = true;
    const given = startedWith.current;
    const draft = draftKey && !given?.body ? readDraft(draftKey) : undefined;
    const author =
      guest && !given?.name && !given?.email ? readRememberedAuthor(rememberKey) : undefined;
    if (draft || author) {
      setValues((v) => ({
        ...v,
        ...(draft ? { body: draft.body, alignment: draft.alignment } : {}),
        ...(author ? { name: author.name, email: author.email, remember: true } : {}),
      }));
    }
    if (draft) setDraftRestored(true);
    // A reload or a closed tab must not lose the last keystrokes still waiting for the timer.
    const flush = () => {
      if (saveTimer.current !== undefined) saveNow();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      mounted.current = false;
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [draftKey, rememberKey, guest, saveNow]);

  const setField = useCallback(
    <K extends keyof CommentFormValues>(field: K, value: CommentFormValues[K]) => {
      // While a submit runs the fields are read-only; ignoring changes keeps what is sent and
      // what is shown the same.
      if (busy.current) return;
      const next = { ...valuesRef.current, [field]: value };
      valuesRef.current = next;
      setValues(next);
      if (field === 'body' || field === 'email' || field === 'name') {
        const f = field as CommentFormField;
        const current = errorsRef.current[f];
        // An error shown on a field goes away as soon as the field is right, so a person
        // correcting it sees that it worked; new errors only appear on submit.
        if (current) {
          const problems = validateComment(next, { guest, maxLength });
          const problem = current.code === 'server' ? undefined : problems[f];
          setErrors((e) => {
            const copy = { ...e };
            if (problem) copy[f] = problem;
            else delete copy[f];
            return copy;
          });
        }
      }
      if (draftKey && (field === 'body' || field === 'alignment')) {
        if (saveTimer.current !== undefined) clearTimeout(saveTimer.current);
        saveTimer.current = setTimeout(saveNow, draftDelay);
      }
      if (status === 'succeeded') setStatus('idle');
    },
    [draftKey, draftDelay, guest, maxLength, saveNow, status],
  );

  const discardDraft = useCallback(() => {
    if (saveTimer.current !== undefined) clearTimeout(saveTimer.current);
    saveTimer.current = undefined;
    if (draftKey) removeStored(draftKey);
    const next = { ...valuesRef.current, body: '', alignment: undefined };
    valuesRef.current = next;
    setValues(next);
    setDraftRestored(false);
  }, [draftKey]);

  const submit = useCallback(async (): Promise<CommentSubmitOutcome> => {
    if (busy.current) return 'ignored';
    const v = valuesRef.current;
    const name = guest ? v.name.trim() : (user?.name ?? '');
    const email = guest ? v.email.trim() : (user?.email ?? '');

    const problems = validateComment(v, { guest, maxLength });
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      setStatus('invalid');
      setAttempt((a) => a + 1);
      return 'invalid';
    }

    busy.current = true;
    setErrors({});
    setStatus('submitting');
    let result: CommentSubmitResult | undefined;
    try {
      // A filled honeypot is a bot: it gets what looks like success and the host never hears.
      if (v.trap === '') {
        result = (await onSubmitRef.current({
          name,
          email,
          body: v.body.trim(),
          ...(v.alignment ? { alignment: v.alignment } : {}),
          remember: guest && v.remember,
          ...(parentId ? { parentId } : {}),
        })) as CommentSubmitResult | undefined;
      }
    } catch {
      busy.current = false;
      if (mounted.current) setStatus('failed');
      return 'failed';
    }
    busy.current = false;

    const fieldErrors = serverErrors(result?.fieldErrors);
    if (Object.keys(fieldErrors).length > 0) {
      if (mounted.current) {
        setErrors(fieldErrors);
        setStatus('invalid');
        setAttempt((a) => a + 1);
      }
      return 'server-errors';
    }

    if (saveTimer.current !== undefined) clearTimeout(saveTimer.current);
    saveTimer.current = undefined;
    if (draftKey) removeStored(draftKey);
    if (guest) {
      if (v.remember) writeRememberedAuthor(rememberKey, { name, email });
      else removeStored(rememberKey);
    }
    const keepAuthor = guest && v.remember;
    const next: CommentFormValues = {
      ...empty,
      ...(keepAuthor ? { name: v.name, email: v.email, remember: true } : {}),
    };
    valuesRef.current = next;
    if (mounted.current) {
      setValues(next);
      setDraftRestored(false);
      setStatus('succeeded');
    }
    return 'succeeded';
  }, [draftKey, guest, maxLength, parentId, rememberKey, user?.name, user?.email]);

  return useMemo(
    () => ({
      values,
      errors,
      status,
      attempt,
      busy: status === 'submitting',
      draftRestored,
      setField,
      submit,
      discardDraft,
      dismissDraftNotice: () => setDraftRestored(false),
    }),
    [values, errors, status, attempt, draftRestored, setField, submit, discardDraft],
  );
}
