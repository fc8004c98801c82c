import {
  Alert,
  type AlertProps,
  announce,
  Button,
  Checkbox,
  ErrorSummary,
  type ErrorSummaryError,
  ensureLiveRegions,
  Heading,
  type HeadingLevel,
  type LabelOverrides,
  Paragraph,
  subheadingLevel,
  TextField,
  useLabels,
  useSamskapLocale,
} from '@samskap/react';
import {
  type FormEvent,
  type FormHTMLAttributes,
  type ForwardedRef,
  forwardRef,
  type ReactNode,
  type RefObject,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
} from 'react';
import { Actions, FormRoot, Trap } from './FormParts.styles.js';
import type { PortalFormProps } from './FormProps.js';
import type { FormDraftLabel, FormMessageLabel, FormTailLabel } from './labels.js';
import type {
  FormErrors,
  FormField,
  FormFieldError,
  FormProblem,
  FormStatus,
  FormValues,
} from './useForm.js';

/**
 * The error summary's links, in the order of the fields on the page. `idOf` gives a field's
 * control id; `messageOf` the same words the field shows.
 */
export function errorSummaryItems<V extends FormValues, P extends FormProblem>(
  order: readonly FormField<V>[],
  errors: FormErrors<V, P>,
  idOf: (field: FormField<V>) => string,
  messageOf: (error: FormFieldError<P>, field: FormField<V>) => ReactNode,
): ErrorSummaryError[] {
  const items: ErrorSummaryError[] = [];
  for (const field of order) {
    const error = errors[field];
    if (error) items.push({ target: idOf(field), message: messageOf(error, field) });
  }
  return items;
}

export interface FormConfirmationProps extends Omit<AlertProps, 'variant' | 'live'> {
  /**
   * What the confirmation says, for the live region: when the host unmounts the form in
   * `onShown`, focus cannot carry the message, so it is announced instead.
   */
  message: string;
  /** Called once the confirmation has taken focus. */
  onShown?: () => void;
}

/**
 * The success message after a send. It takes focus when it appears, so a screen reader reads it
 * and a keyboard user starts from it; if the host removes the form at once, the message is
 * announced through the shared live region instead.
 */
export const FormConfirmation = forwardRef<HTMLDivElement, FormConfirmationProps>(
  function FormConfirmation({ message, onShown, children, ...rest }, ref) {
    const { info } = useSamskapLocale();
    const root = useRef<HTMLDivElement>(null);
    useImperativeHandle(ref, () => root.current as HTMLDivElement);
    const latest = useRef({ message, onShown, lang: info.tag });
    latest.current = { message, onShown, lang: info.tag };

    useEffect(() => {
      ensureLiveRegions();
      const el = root.current;
      el?.focus();
      latest.current.onShown?.();
      // Not cleared on unmount on purpose: unmounting is the case it is there for.
      setTimeout(() => {
        if (!el?.isConnected) announce(latest.current.message, { lang: latest.current.lang });
      }, 0);
    }, []);

    return (
      // Not a live region: it is read because it takes focus, and a live region on top would
      // have it read twice.
      <Alert ref={root} variant="success" live="off" tabIndex={-1} {...rest}>
        {children ?? <p>{message}</p>}
      </Alert>
    );
  },
);

export interface SubmitFailureProps extends Omit<AlertProps, 'variant' | 'live' | 'title'> {
  /** What failed: "Kommentaren ble ikke sendt". */
  title: ReactNode;
  /** What it means and what to do: the text is still in the form. */
  body: ReactNode;
  retryLabel: string;
  onRetry: () => void;
}

/** Says a send failed, in plain words, and offers to try again. Announced as an alert. */
export function SubmitFailure({ title, body, retryLabel, onRetry, ...rest }: SubmitFailureProps) {
  return (
    <Alert variant="danger" {...rest}>
      <p>
        <strong>{title}</strong>
      </p>
      <p>{body}</p>
      <Button variant="primary" size="sm" onClick={onRetry}>
        {retryLabel}
      </Button>
    </Alert>
  );
}

export interface DraftNoticeProps extends Omit<AlertProps, 'variant'> {
  /** "Vi fant et utkast du ikke har sendt, og har fylt det inn." */
  text: ReactNode;
  discardLabel: string;
  onDiscard: () => void;
}

/** Says that an unsent draft was filled in, and offers to throw it away. */
export function DraftNotice({ text, discardLabel, onDiscard, ...rest }: DraftNoticeProps) {
  return (
    <Alert variant="info" {...rest}>
      <p>{text}</p>
      <Button variant="secondary" size="sm" onClick={onDiscard}>
        {discardLabel}
      </Button>
    </Alert>
  );
}

export interface HoneypotProps {
  id: string;
  /** Tells the rare person whose browser shows it to leave it empty. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  /**
   * A name bots like to fill.
   * @default 'website'
   */
  name?: string;
}

/** The spam trap: a field people never see or reach, which bots fill in. */
export function Honeypot({ id, label, value, onChange, name = 'website' }: HoneypotProps) {
  return (
    <Trap aria-hidden="true">
      <TextField
        id={id}
        name={name}
        label={label}
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Trap>
  );
}

const messageKeys = {
  trapped: 'forms.trapped',
  failedTitle: 'forms.failedTitle',
  failedBody: 'forms.failedBody',
  retry: 'forms.retry',
  draftRestored: 'forms.draftRestored',
  discardDraft: 'forms.discardDraft',
  draftDiscarded: 'forms.draftDiscarded',
} as const;

export type { FormDraftLabel, FormMessageLabel } from './labels.js';
/** Overrides of `FormMessages`' built-in strings. */
export type FormMessagesLabels = LabelOverrides<FormMessageLabel | FormDraftLabel>;
/** The part of `useForm`'s state the messages read. */
export interface FormMessagesState {
  status: FormStatus;
  attempt: number;
  draftRestored: boolean;
  discardDraft: () => void;
  submit: () => Promise<unknown>;
}

export interface FormMessagesProps {
  /** The form's state, from `useForm`. */
  form: FormMessagesState;
  /** The error summary's links, from `errorSummaryItems`, in the order of the fields. */
  errors: readonly ErrorSummaryError[];
  /** The level of the error summary's heading: one below the form's heading. */
  headingLevel: HeadingLevel;
  /** The submit button: "try again" moves focus to it before sending again. */
  submitButton: RefObject<HTMLButtonElement | null>;
  /** For a form that keeps drafts: the id of the field that takes focus when the draft is thrown away. */
  draftField?: string;
  /** Overrides of the built-in strings: a form passes its own words (`labelsFrom`). */
  labels?: FormMessagesLabels;
}

/**
 * Everything a form says about its last send, above its fields and in this order: the spam trap
 * caught it, a draft was filled in (with "throw it away"), the send failed (with "try again"),
 * and the error summary, which takes focus after every submit that found errors. Every form in
 * the portal shows these the same way; a host's own form on `useForm` can use it too.
 */
export function FormMessages({
  form,
  errors,
  headingLevel,
  submitButton,
  draftField,
  labels,
}: FormMessagesProps) {
  const { info } = useSamskapLocale();
  const label = useLabels(messageKeys, labels);
  const retry = () => {
    // The alert with the retry button goes away while sending, so focus moves to the submit
    // button first rather than being dropped on the page.
    submitButton.current?.focus();
    void form.submit();
  };
  return (
    <>
      {form.status === 'trapped' ? <Alert variant="warning">{label('trapped')}</Alert> : null}

      {draftField !== undefined && form.draftRestored ? (
        <DraftNotice
          text={label('draftRestored')}
          discardLabel={label('discardDraft')}
          onDiscard={() => {
            form.discardDraft();
            announce(label('draftDiscarded'), { lang: info.tag });
            document.getElementById(draftField)?.focus();
          }}
        />
      ) : null}

      {form.status === 'failed' ? (
        <SubmitFailure
          title={label('failedTitle')}
          body={label('failedBody')}
          retryLabel={label('retry')}
          onRetry={retry}
        />
      ) : null}

      <ErrorSummary key={form.attempt} errors={errors} headingLevel={headingLevel} />
    </>
  );
}

/**
 * The ids a form's parts point at (its heading, each field, the spam trap), unique on the page,
 * and the ref of its submit button.
 */
export function useFormIds<F extends string>(fields: readonly F[]) {
  const id = useId();
  const ids = { heading: `${id}-heading`, trap: `${id}-trap` } as Record<
    F | 'heading' | 'trap',
    string
  >;
  for (const field of fields) ids[field] = `${id}-${field}`;
  const submitButton = useRef<HTMLButtonElement>(null);
  return { ids, submitButton };
}

export interface FormFrameProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  /** The form's state, from `useForm`: it is sent on submit and busy while it sends. */
  form: { busy: boolean; status: FormStatus; submit: () => Promise<unknown> };
  /** The form's heading, which also names the form. */
  heading: ReactNode;
  headingId: string;
  headingLevel: HeadingLevel;
  /** What the form is for, under the heading, until it has been sent. */
  intro?: ReactNode;
  /** The receipt, shown under the heading (in place of the intro) once the form has been sent. */
  receipt?: Omit<FormReceiptProps, 'headingLevel' | 'onShown'>;
  /** Called once the receipt has taken focus. */
  onShown?: () => void;
  /** What the form says about its last send, above its fields (`FormMessages`). */
  messages?: FormMessagesProps;
}

/**
 * The frame of every portal form: a `form` named by its heading, busy while it sends, with the
 * browser's own validation off (the form validates on submit and shows an error summary), sent
 * through `useForm` instead of posted while scripts run.
 */
export const FormFrame = forwardRef<HTMLFormElement, FormFrameProps>(function FormFrame(
  { form, heading, headingId, headingLevel, intro, receipt, onShown, messages, children, ...rest },
  ref,
) {
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.submit();
  };
  return (
    <FormRoot
      ref={ref}
      noValidate
      aria-labelledby={headingId}
      aria-busy={form.busy || undefined}
      onSubmit={handleSubmit}
      {...rest}
    >
      <Heading level={headingLevel} size="md" id={headingId}>
        {heading}
      </Heading>
      {form.status === 'succeeded' && receipt ? (
        <FormReceipt {...receipt} headingLevel={subheadingLevel(headingLevel)} onShown={onShown} />
      ) : null}
      {form.status !== 'succeeded' && intro ? <Paragraph>{intro}</Paragraph> : null}
      {messages ? <FormMessages {...messages} /> : null}
      {children}
    </FormRoot>
  );
});

export interface FormReceiptProps {
  /** "Takk for tipset!" Without one, the paragraphs stand alone. */
  heading?: string;
  /** One below the form's heading. */
  headingLevel: HeadingLevel;
  /**
   * The receipt's paragraphs, each a list of sentences: the address it went to, the reference.
   * Sentences that are missing are left out, and so is a paragraph with none.
   */
  paragraphs: readonly (readonly (string | undefined)[])[];
  /** Called once the receipt has taken focus. */
  onShown?: () => void;
  /** More after the paragraphs, such as "add to calendar". */
  children?: ReactNode;
}

/**
 * The receipt after a send: a `FormConfirmation` with a heading and what the host's answer
 * says, in the same words for the screen and for the live region.
 */
export function FormReceipt({
  heading,
  headingLevel,
  paragraphs,
  onShown,
  children,
}: FormReceiptProps) {
  const texts = paragraphs.map((p) => p.filter(Boolean).join(' ')).filter(Boolean);
  return (
    <FormConfirmation
      heading={heading}
      headingLevel={headingLevel}
      message={[heading, ...texts].filter(Boolean).join(' ')}
      onShown={onShown}
    >
      {texts.map((text) => (
        <p key={text}>{text}</p>
      ))}
      {children}
    </FormConfirmation>
  );
}

const tailKeys = {
  consent: 'forms.consent',
  consentDescription: 'forms.consentDescription',
  honeypot: 'forms.honeypot',
  submit: 'forms.submit',
} as const satisfies Record<FormTailLabel, string>;

/** Overrides of `FormTail`'s built-in strings: a form passes its own words (`labelsFrom`). */
export type FormTailLabels = LabelOverrides<FormTailLabel>;

/** The consent box at the end of a form that stores what a person sends. */
export interface FormTailConsent {
  /** What the box posts when ticked, for the plain HTML post. */
  value: string;
  /** Its error, in words. */
  error?: string;
}

export interface FormTailProps<V extends FormTailValues> {
  /** The form's state, from `useForm`: the spam trap's value, and the consent box's. */
  form: {
    busy: boolean;
    values: V;
    setField: <K extends FormField<V>>(field: K, value: V[K]) => void;
  };
  /** The ids from `useFormIds`: the trap's, and the consent box's if there is one. */
  ids: { trap: string; consent?: string };
  submitButton: RefObject<HTMLButtonElement | null>;
  /** A consent box before the button: required, and never ticked beforehand. */
  consent?: FormTailConsent;
  /** Overrides of the built-in strings. */
  labels?: FormTailLabels;
  /** More buttons after the submit button, such as "cancel". */
  children?: ReactNode;
}

/** The values `FormTail` reads: the spam trap's text, and the consent box's state if it has one. */
export interface FormTailValues {
  trap: string;
  consent?: boolean;
}

/**
 * The end of every portal form: the consent box if the form asks for one, the spam trap, and
 * the submit button (busy while the form sends), with any more actions beside it.
 */
export function FormTail<V extends FormTailValues>({
  form,
  ids,
  submitButton,
  consent,
  labels,
  children,
}: FormTailProps<V>) {
  const label = useLabels(tailKeys, labels);
  // Typed by the form's own values, which hold these two fields.
  const set = form.setField as (field: keyof FormTailValues, value: string | boolean) => void;
  return (
    <>
      {consent ? (
        <Checkbox
          id={ids.consent}
          name="consent"
          value={consent.value}
          label={label('consent')}
          description={label('consentDescription')}
          required
          checked={form.values.consent ?? false}
          disabled={form.busy}
          error={consent.error}
          onChange={(e) => set('consent', e.target.checked)}
        />
      ) : null}

      <Honeypot
        id={ids.trap}
        label={label('honeypot')}
        value={form.values.trap}
        onChange={(v) => set('trap', v)}
      />

      <Actions>
        <Button ref={submitButton} type="submit" loading={form.busy}>
          {label('submit')}
        </Button>
        {children}
      </Actions>
    </>
  );
}

/** The part of `useForm`'s state a field binds to. */
export interface BindableForm<V extends FormValues, P extends FormProblem> {
  values: V;
  errors: FormErrors<V, P>;
  busy: boolean;
  setField: <K extends FormField<V>>(field: K, value: V[K]) => void;
}

/** The fields of `V` that hold text. */
type TextFieldOf<V extends FormValues> = {
  [K in FormField<V>]: V[K] extends string ? K : never;
}[FormField<V>];

/**
 * Binds a form's text fields to `useForm`: a control's id, name, value, error and change
 * handler, read-only while the form sends. Spread it on a primitive, and add what is the
 * field's own: `<TextField {...field('email')} type="email" label={label('email')} />`.
 */
export function bindTextFields<V extends FormValues, P extends FormProblem>(
  form: BindableForm<V, P>,
  ids: Readonly<Record<string, string>>,
  errorText: (error: FormFieldError<P> | undefined) => string | undefined,
) {
  return <K extends TextFieldOf<V>>(field: K) => ({
    id: ids[field],
    name: field,
    value: form.values[field] as string,
    readOnly: form.busy,
    error: errorText(form.errors[field as FormField<V>]),
    onChange: (event: { target: { value: string } }) =>
      form.setField(field as FormField<V>, event.target.value as V[FormField<V>]),
  });
}

export interface FormPartsOptions<
  V extends FormValues,
  P extends FormProblem,
  F extends string,
  S extends FormMessagesState & { busy: boolean },
> {
  /** The form's fields, in the order they stand on the page. */
  fields: readonly F[];
  /** The fields the error summary links to, in that order. @default fields */
  summaryFields?: readonly F[];
  /** The form's heading level: its parts' headings go one below. */
  headingLevel: HeadingLevel;
  /** A field's error in words: the server's own, or the form's for a problem's code. */
  errorText: (error: FormFieldError<P> | undefined) => string | undefined;
  /** The form's state, from `useForm`. */
  form: S & BindableForm<V, P>;
  /** For a form that keeps drafts: the field the draft is in. */
  draftField?: F;
  /** The form's own ref, passed on to its `form` element. */
  ref?: ForwardedRef<HTMLFormElement>;
  /** Called once the receipt has taken focus (the form's `onSuccess`). */
  onSuccess?: () => void;
  /** The form's own words for its messages (`labelsFrom`). */
  messageLabels?: FormMessagesLabels;
}

/**
 * What a portal form on `useForm` builds its parts from: unique ids for its heading, fields and
 * trap, the submit button's ref, the level of its parts' headings, `field` to bind a text field
 * and the error summary's items.
 */
export function useFormParts<
  V extends FormValues,
  P extends FormProblem,
  F extends FormField<V>,
  S extends FormMessagesState & { busy: boolean },
>({
  fields,
  summaryFields = fields,
  headingLevel,
  errorText,
  form,
  draftField,
  messageLabels,
  ref,
  onSuccess,
}: FormPartsOptions<V, P, F, S>) {
  const { ids, submitButton } = useFormIds(fields);
  const subLevel = subheadingLevel(headingLevel);
  const field = bindTextFields(form, ids, errorText);
  const summary = errorSummaryItems(
    summaryFields,
    form.errors,
    (f) => ids[f as F],
    (e) => errorText(e),
  );
  return {
    ids,
    submitButton,
    subLevel,
    errorText,
    /** Binds a text field: `<TextField {...field('name')} label=… />`. */
    field,
    /** Binds an email field, with its type, autofill and no spelling check. */
    emailField: <K extends TextFieldOf<V>>(name: K) => ({
      ...field(name),
      type: 'email' as const,
      autoComplete: 'email',
      spellCheck: false,
    }),
    /** `FormFrame`'s wiring, its messages included: `<FormFrame {...frame} heading=…>`. */
    frame: {
      ref,
      form,
      onShown: onSuccess,
      headingId: ids.heading,
      headingLevel,
      messages: {
        form,
        errors: summary,
        headingLevel: subLevel,
        submitButton,
        draftField: draftField === undefined ? undefined : ids[draftField],
        labels: messageLabels,
      },
    },
    /** `FormTail`'s wiring: `<FormTail {...tail} labels=… />`. */
    tail: { form, ids, submitButton },
  };
}

const sharedKeys = [
  'onSubmit',
  'onTrap',
  'headingLevel',
  'onSuccess',
  'labels',
  'initialValues',
  'initialErrors',
] as const;
type SharedKey = (typeof sharedKeys)[number];

/**
 * Splits a portal form's props into the ones every form has (`PortalFormProps`,
 * `FormStartProps`, with `headingLevel` 2 by default) and its own, which hold the `form`
 * element's attributes to pass on.
 */
export function splitFormProps<P extends PortalFormProps<never, unknown, unknown>>(props: P) {
  const shared: Record<string, unknown> = {};
  const own: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if ((sharedKeys as readonly string[]).includes(key)) shared[key] = value;
    else own[key] = value;
  }
  shared.headingLevel = props.headingLevel ?? 2;
  return [
    shared as Pick<P, Extract<SharedKey, keyof P>> & { headingLevel: HeadingLevel },
    own as Omit<P, SharedKey>,
  ] as const;
}
