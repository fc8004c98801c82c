import { readStored, removeStored, warnOnce, writeStored } from '@samskap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/** How long an unsent draft is kept on the device: 7 days. */
export const DEFAULT_DRAFT_MAX_AGE = 7 * 24 * 60 * 60 * 1000;
/** How long a remembered name and email are kept on the device: 30 days. */
export const DEFAULT_REMEMBER_MAX_AGE = 30 * 24 * 60 * 60 * 1000;

/** A form's values: one entry per field. Strings, booleans, lists of `File`s, anything. */
export type FormValues = object;

/** The name of one field of `V`. */
export type FormField<V extends FormValues> = Extract<keyof V, string>;

/** A problem the form found before sending, before translation: `{ code: 'emailInvalid' }`. */
export interface FormProblem {
  code: string;
}

/** A field's error: one the form found (`P`), or the server's own words. */
export type FormFieldError<P extends FormProblem = FormProblem> =
  | P
  | { code: 'server'; message: string };

export type FormErrors<V extends FormValues, P extends FormProblem = FormProblem> = Partial<
  Record<FormField<V>, FormFieldError<P>>
>;

/** What `onSubmit` may resolve with: the server's messages for fields, and anything else. */
export interface FormSubmitResult<V extends FormValues = FormValues> {
  fieldErrors?: Partial<Record<FormField<V>, string>>;
}

/**
 * Where the form is. `trapped` is a send the honeypot stopped: nothing was sent, the host was
 * told through `onTrap`, and the text is still in the form and in the draft.
 */
export type FormStatus = 'idle' | 'invalid' | 'submitting' | 'failed' | 'trapped' | 'succeeded';

/** What happened to one call of `submit`. */
export type FormSubmitOutcome =
  | 'invalid'
  | 'server-errors'
  | 'failed'
  | 'trapped'
  | 'succeeded'
  | 'ignored';

export interface FormDraftOptions<V extends FormValues> {
  /**
   * Where the draft lives in localStorage. One key per form instance: a reply form's draft must
   * not be its sibling's. When the key changes, the form puts the current text away under the
   * old key and takes up the new key's draft (or starts empty). While one mounted form uses a
   * key, a second form with the same key keeps no draft (and warns in development).
   */
  key: string | undefined;
  /** The fields a draft keeps. Never put a name, an email or a file here. */
  fields: readonly FormField<V>[];
  /**
   * How long a draft is kept, in ms.
   * @default 7 days (`DEFAULT_DRAFT_MAX_AGE`)
   */
  maxAge?: number;
  /**
   * How long typing must pause before the draft is saved, in ms.
   * @default 400
   */
  delay?: number;
  /**
   * Checks a stored draft (untrusted) and returns the values to restore. By default a field is
   * restored when its stored value has the same type as its initial value.
   */
  parse?: (stored: Record<string, unknown>) => Partial<V> | undefined;
}

export interface FormRememberOptions<V extends FormValues> {
  /** Where the remembered values live in localStorage. */
  key: string;
  /** The fields kept (string fields: a name, an email). */
  fields: readonly FormField<V>[];
  /** The boolean field with which the person opts in ("remember me"). Never ticked at first. */
  optIn: FormField<V>;
  /**
   * How long they are kept, in ms, counted from the last successful send.
   * @default 30 days (`DEFAULT_REMEMBER_MAX_AGE`)
   */
  maxAge?: number;
  /** Off for a signed-in person, who has nothing to remember. @default true */
  enabled?: boolean;
}

export interface UseFormOptions<
  V extends FormValues,
  P extends FormProblem = FormProblem,
  R extends FormSubmitResult<V> = FormSubmitResult<V>,
> {
  /** The values of an empty form. The form returns to them after a successful send. */
  initialValues: V;
  /**
   * Values the form starts with instead, such as what a server received from a plain HTML post
   * (no script yet) and sends back with errors. They win over a saved draft and a remembered
   * author, which are not restored over them.
   */
  startValues?: Partial<V>;
  /** The server's messages to show on the fields on the first render, with the values above. */
  startErrors?: Partial<Record<FormField<V>, string>>;
  /** Finds what is wrong before sending; an empty object means nothing is. */
  validate?: (values: V) => Partial<Record<FormField<V>, P>>;
  /**
   * Sends the form. While its promise runs the form is busy and ignores another submit and
   * every change. It may resolve with `{ fieldErrors }` (shown on the fields) and anything else
   * (kept as `result`, e.g. a receipt's reference). If it rejects, every value stays.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: lets a host pass `async (v) => { await post(v) }`
  onSubmit: (values: V) => Promise<R | void>;
  /** Keeps unsent text on the device. */
  draft?: FormDraftOptions<V>;
  /** Keeps a name and email for next time, when the person opts in. */
  remember?: FormRememberOptions<V>;
  /** The string field that is the honeypot: people never see it; a bot fills it. */
  honeypot?: FormField<V>;
  /**
   * Told when the honeypot is filled, with the values, instead of `onSubmit`. Log it, send it
   * to moderation or drop it: the form itself keeps the text and the draft and does not
   * remember the author.
   */
  onTrap?: (values: V) => void;
}

// Which draft keys a mounted form is using, so two forms never write over each other's draft.
const draftKeysInUse = new Map<string, symbol>();

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The server's messages as field errors: unknown fields and blank or non-string ones dropped. */
function serverErrors<V extends FormValues, P extends FormProblem>(
  messages: unknown,
  values: V,
): FormErrors<V, P> {
  const out: FormErrors<V, P> = {};
  if (!isRecord(messages)) return out;
  for (const [field, message] of Object.entries(messages)) {
    if (Object.hasOwn(values, field) && typeof message === 'string' && message.trim() !== '') {
      out[field as FormField<V>] = { code: 'server', message };
    }
  }
  return out;
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * The one submission machinery every Samskap form runs on: values, client validation, the
 * server's field errors, busy and one send at a time, retry without losing a character, drafts,
 * the honeypot, "remember me" with "forget me", and the success state a confirmation hangs on.
 * It has no markup; the parts in this folder (`FormConfirmation`, `SubmitFailure`,
 * `DraftNotice`, `Honeypot`, `errorSummaryItems`) give a form the GOV.UK failed-submit flow.
 *
 * ```tsx
 * const form = useForm({
 *   initialValues: { email: '', message: '', trap: '' },
 *   validate: (v) => (v.message.trim() ? {} : { message: { code: 'messageRequired' } }),
 *   onSubmit: (v) => api.post(v), // may resolve { fieldErrors: { email: '…' } }
 *   draft: { key: 'feedback:page-7', fields: ['message'] },
 *   honeypot: 'trap',
 *   onTrap: (v) => log('honeypot', v),
 * });
 * // <form onSubmit={(e) => { e.preventDefault(); void form.submit(); }} aria-busy={form.busy}>
 * //   <ErrorSummary key={form.attempt} errors={errorSummaryItems(...)} />
 * //   <TextField value={form.values.email} error={...} readOnly={form.busy}
 * //     onChange={(e) => form.setField('email', e.target.value)} />
 * ```
 *
 * See docs/decisions for why forms share it and how a new form uses it.
 */
export function useForm<
  V extends FormValues,
  P extends FormProblem = FormProblem,
  R extends FormSubmitResult<V> = FormSubmitResult<V>,
>(options: UseFormOptions<V, P, R>) {
  const { initialValues, draft, remember } = options;
  const [values, setValuesState] = useState<V>(() => ({
    ...initialValues,
    ...options.startValues,
  }));
  const [errors, setErrors] = useState<FormErrors<V, P>>(() =>
    serverErrors(options.startErrors, initialValues),
  );
  const [status, setStatus] = useState<FormStatus>(() =>
    Object.keys(serverErrors(options.startErrors, initialValues)).length > 0 ? 'invalid' : 'idle',
  );
  // Read once, on mount: what a server sent back outranks what this device kept.
  const startedWith = useRef(options.startValues);
  // Only the first draft restore yields to them; a later draft key restores as usual.
  const firstDraftRun = useRef(true);
  const [result, setResult] = useState<R | undefined>(undefined);
  const [draftRestored, setDraftRestored] = useState(false);
  const [authorRemembered, setAuthorRemembered] = useState(false);
  // Bumped on every submit that finds errors, so an error summary can take focus again.
  const [attempt, setAttempt] = useState(0);

  // The latest options, read by callbacks and timers so they never act on stale props.
  const opts = useRef(options);
  opts.current = options;
  const valuesRef = useRef(values);
  const errorsRef = useRef(errors);
  errorsRef.current = errors;
  const statusRef = useRef(status);
  statusRef.current = status;
  const busy = useRef(false);
  const mounted = useRef(true);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The draft key this instance owns right now, or undefined when it keeps no draft.
  const ownedKey = useRef<string | undefined>(undefined);

  const setValues = useCallback((next: V) => {
    valuesRef.current = next;
    setValuesState(next);
  }, []);

  const draftKey = draft?.key;
  const draftFieldsKey = draft?.fields.join('\u0000') ?? '';

  const saveDraft = useCallback((key: string) => {
    const d = opts.current.draft;
    if (!d) return;
    const v = valuesRef.current as Record<string, unknown>;
    const initial = opts.current.initialValues as Record<string, unknown>;
    const kept: Record<string, unknown> = {};
    let empty = true;
    for (const field of d.fields) {
      kept[field] = v[field];
      if (!isBlank(v[field]) && v[field] !== initial[field]) empty = false;
    }
    // A form emptied by hand leaves no draft behind.
    if (empty) removeStored(key);
    else writeStored(key, kept, { maxAge: d.maxAge ?? DEFAULT_DRAFT_MAX_AGE });
  }, []);

  const cancelSave = useCallback(() => {
    if (saveTimer.current !== undefined) clearTimeout(saveTimer.current);
    saveTimer.current = undefined;
  }, []);

  // Drafts: restored after mount, not during render, so server-rendered HTML matches the first
  // render; taken up again whenever the key changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: draftFieldsKey stands for draft.fields
  useEffect(() => {
    mounted.current = true;
    const d = opts.current.draft;
    if (!draftKey || !d) {
      ownedKey.current = undefined;
      return () => {
        mounted.current = false;
      };
    }
    const me = Symbol(draftKey);
    if (draftKeysInUse.has(draftKey)) {
      warnOnce(
        `draft-key:${draftKey}`,
        `[samskap] Two mounted forms use the draft key "${draftKey}". The second keeps no draft; give each form its own key.`,
      );
      ownedKey.current = undefined;
    } else {
      draftKeysInUse.set(draftKey, me);
      ownedKey.current = draftKey;
    }
    const key = ownedKey.current;
    const initial = opts.current.initialValues as Record<string, unknown>;
    const given = firstDraftRun.current
      ? (startedWith.current as Record<string, unknown> | undefined)
      : undefined;
    firstDraftRun.current = false;
    const keepGiven = d.fields.some((f) => given && !isBlank(given[f]));
    const restored =
      key && !keepGiven
        ? readStored(key, {
            parse: (stored) => {
              if (!isRecord(stored)) return undefined;
              const picked = d.parse
                ? d.parse(stored)
                : Object.fromEntries(
                    d.fields
                      .filter(
                        (f) => initial[f] !== undefined && typeof stored[f] === typeof initial[f],
                      )
                      .map((f) => [f, stored[f]]),
                  );
              if (!isRecord(picked)) return undefined;
              const kept = Object.entries(picked).filter(
                ([f, value]) => d.fields.includes(f as FormField<V>) && !isBlank(value),
              );
              return kept.length > 0 ? (Object.fromEntries(kept) as Partial<V>) : undefined;
            },
          })
        : undefined;
    // Every draft field is set, from the new key's draft or back to empty, so one case's text
    // never carries over to another case's key.
    const next = { ...(valuesRef.current as Record<string, unknown>) };
    let changed = false;
    for (const field of keepGiven ? [] : d.fields) {
      const value =
        restored && field in restored
          ? (restored as Record<string, unknown>)[field]
          : initial[field];
      if (next[field] !== value) {
        next[field] = value;
        changed = true;
      }
    }
    if (changed) setValues(next as V);
    setDraftRestored(restored !== undefined);
    if (changed && statusRef.current !== 'submitting') {
      setErrors({});
      setStatus('idle');
    }

    // A reload or a closed tab must not lose the last keystrokes still waiting for the timer.
    const flush = () => {
      if (saveTimer.current !== undefined && key) {
        cancelSave();
        saveDraft(key);
      }
    };
    window.addEventListener('pagehide', flush);
    return () => {
      mounted.current = false;
      window.removeEventListener('pagehide', flush);
      // Puts the text away under the key it belongs to, before the next key is taken up.
      flush();
      if (draftKeysInUse.get(draftKey) === me) draftKeysInUse.delete(draftKey);
      ownedKey.current = undefined;
    };
  }, [draftKey, draftFieldsKey, saveDraft, cancelSave, setValues]);

  // "Remember me": the name and email come back on the next visit, until they expire or the
  // person chooses "forget me".
  const rememberKey = remember?.enabled === false ? undefined : remember?.key;
  useEffect(() => {
    const r = opts.current.remember;
    if (!rememberKey || !r) {
      setAuthorRemembered(false);
      return;
    }
    const given = startedWith.current as Record<string, unknown> | undefined;
    if (r.fields.some((f) => given && !isBlank(given[f]))) return;
    const author = readStored(rememberKey, {
      parse: (stored) => {
        if (!isRecord(stored)) return undefined;
        const out: Record<string, string> = {};
        for (const field of r.fields) {
          if (typeof stored[field] !== 'string') return undefined;
          out[field] = stored[field] as string;
        }
        return out;
      },
    });
    if (!author) {
      setAuthorRemembered(false);
      return;
    }
    setValues({ ...valuesRef.current, ...author, [r.optIn]: true } as V);
    setAuthorRemembered(true);
  }, [rememberKey, setValues]);

  const setField = useCallback(
    <K extends FormField<V>>(field: K, value: V[K]) => {
      // While a submit runs the fields are read-only; ignoring changes keeps what is sent and
      // what is shown the same.
      if (busy.current) return;
      const next = { ...valuesRef.current, [field]: value } as V;
      setValues(next);
      const current = errorsRef.current[field];
      // An error shown on a field goes away as soon as the field is right, so a person
      // correcting it sees that it worked; new errors only appear on submit.
      if (current) {
        const problem =
          current.code === 'server' ? undefined : opts.current.validate?.(next)[field];
        setErrors((e) => {
          const copy = { ...e };
          if (problem) copy[field] = problem;
          else delete copy[field];
          return copy;
        });
      }
      const d = opts.current.draft;
      const key = ownedKey.current;
      if (key && d?.fields.includes(field)) {
        cancelSave();
        saveTimer.current = setTimeout(() => {
          saveTimer.current = undefined;
          saveDraft(key);
        }, d.delay ?? 400);
      }
      if (statusRef.current === 'succeeded') setStatus('idle');
    },
    [cancelSave, saveDraft, setValues],
  );

  const discardDraft = useCallback(() => {
    cancelSave();
    const d = opts.current.draft;
    if (ownedKey.current) removeStored(ownedKey.current);
    if (d) {
      const next = { ...(valuesRef.current as Record<string, unknown>) };
      const initial = opts.current.initialValues as Record<string, unknown>;
      for (const field of d.fields) next[field] = initial[field];
      setValues(next as V);
    }
    setDraftRestored(false);
  }, [cancelSave, setValues]);

  const forgetAuthor = useCallback(() => {
    const r = opts.current.remember;
    if (!r) return;
    removeStored(r.key);
    if (busy.current) return;
    const initial = opts.current.initialValues as Record<string, unknown>;
    const next = { ...(valuesRef.current as Record<string, unknown>), [r.optIn]: false };
    for (const field of r.fields) next[field] = initial[field];
    setValues(next as V);
    setAuthorRemembered(false);
  }, [setValues]);

  const submit = useCallback(async (): Promise<FormSubmitOutcome> => {
    if (busy.current) return 'ignored';
    const o = opts.current;
    const v = valuesRef.current;
    const problems = o.validate?.(v) ?? {};
    if (Object.keys(problems).length > 0) {
      setErrors(problems as FormErrors<V, P>);
      setStatus('invalid');
      setAttempt((a) => a + 1);
      return 'invalid';
    }

    // A filled honeypot is most likely a bot, but may be a person's autofill: nothing is sent,
    // the host hears of it, and the person's text, draft and choices stay as they were.
    const trap = o.honeypot ? (v as Record<string, unknown>)[o.honeypot] : undefined;
    if (typeof trap === 'string' && trap !== '') {
      setErrors({});
      setStatus('trapped');
      try {
        o.onTrap?.(v);
      } catch {
        // The host's logging failing is no reason to lose the form.
      }
      return 'trapped';
    }

    busy.current = true;
    const keyAtStart = ownedKey.current;
    setErrors({});
    setStatus('submitting');
    let res: R | undefined;
    try {
      res = (await o.onSubmit(v)) ?? undefined;
    } catch {
      busy.current = false;
      if (mounted.current) setStatus('failed');
      return 'failed';
    }
    busy.current = false;

    const fieldErrors = serverErrors<V, P>(isRecord(res) ? res.fieldErrors : undefined, v);
    if (Object.keys(fieldErrors).length > 0) {
      if (mounted.current) {
        setErrors(fieldErrors);
        setStatus('invalid');
        setAttempt((a) => a + 1);
      }
      return 'server-errors';
    }

    // The draft that was sent is gone, under the key it was sent from.
    if (keyAtStart) {
      if (ownedKey.current === keyAtStart) cancelSave();
      removeStored(keyAtStart);
    }
    const r = o.remember;
    const rememberOn = Boolean(r && r.enabled !== false);
    const keep: Record<string, unknown> = {};
    if (r && rememberOn) {
      const vr = v as Record<string, unknown>;
      if (vr[r.optIn] === true) {
        for (const field of r.fields) keep[field] = vr[field];
        writeStored(r.key, keep, { maxAge: r.maxAge ?? DEFAULT_REMEMBER_MAX_AGE });
        keep[r.optIn] = true;
      } else {
        removeStored(r.key);
      }
    }
    if (mounted.current) {
      // If the draft key changed while sending, the form now holds another case's text: leave it.
      if (ownedKey.current === keyAtStart) {
        setValues({ ...o.initialValues, ...keep } as V);
        setDraftRestored(false);
      }
      if (r && rememberOn) setAuthorRemembered(Object.keys(keep).length > 0);
      setResult(res);
      setStatus('succeeded');
    }
    return 'succeeded';
  }, [cancelSave, setValues]);

  return useMemo(
    () => ({
      /** What the fields show. */
      values,
      /** Each field's error, from validation or from the server. */
      errors,
      status,
      /** The number of submits that found errors: use it as the error summary's `key`. */
      attempt,
      /** True while `onSubmit` runs. Make the fields read-only and the button busy. */
      busy: status === 'submitting',
      /** What the last successful `onSubmit` resolved with. */
      result,
      /** A draft from an earlier visit was filled in. */
      draftRestored,
      /** The name and email came from "remember me" (offer "forget me"). */
      authorRemembered,
      setField,
      submit,
      discardDraft,
      dismissDraftNotice: () => setDraftRestored(false),
      forgetAuthor,
    }),
    [
      values,
      errors,
      status,
      attempt,
      result,
      draftRestored,
      authorRemembered,
      setField,
      submit,
      discardDraft,
      forgetAuthor,
    ],
  );
}

/** What `useForm` returns. */
export type FormState<
  V extends FormValues,
  P extends FormProblem = FormProblem,
  R extends FormSubmitResult<V> = FormSubmitResult<V>,
> = ReturnType<typeof useForm<V, P, R>>;
