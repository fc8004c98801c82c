import {
  Alert,
  type AlertProps,
  announce,
  Button,
  ErrorSummary,
  type ErrorSummaryError,
  ensureLiveRegions,
  Heading,
  type HeadingLevel,
  type LabelFn,
  TextField,
  useSamskapLocale,
} from '@samskap/react';
import {
  type FormEvent,
  type FormHTMLAttributes,
  forwardRef,
  type ReactNode,
  type RefObject,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
} from 'react';
import { FormRoot, Trap } from './FormParts.styles.js';
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

/** The strings every form's messages need; each form maps them to its own words. */
export type FormMessageLabel = 'trapped' | 'failedTitle' | 'failedBody' | 'retry';
/** The strings of the draft notice, for a form that keeps drafts. */
export type FormDraftLabel = 'draftRestored' | 'discardDraft' | 'draftDiscarded';

/** The part of `useForm`'s state the messages read. */
export interface FormMessagesState {
  status: FormStatus;
  attempt: number;
  draftRestored: boolean;
  discardDraft: () => void;
  submit: () => Promise<unknown>;
}

interface FormMessagesBase {
  /** The form's state, from `useForm`. */
  form: FormMessagesState;
  /** The error summary's links, from `errorSummaryItems`, in the order of the fields. */
  errors: readonly ErrorSummaryError[];
  /** The level of the error summary's heading: one below the form's heading. */
  headingLevel: HeadingLevel;
  /** The submit button: "try again" moves focus to it before sending again. */
  submitButton: RefObject<HTMLButtonElement | null>;
}

export type FormMessagesProps = FormMessagesBase &
  (
    | {
        /** The form's label function (from `useLabels`). */
        label: LabelFn<FormMessageLabel>;
        draftField?: undefined;
      }
    | {
        /** The form's label function (from `useLabels`), with the draft notice's strings. */
        label: LabelFn<FormMessageLabel | FormDraftLabel>;
        /** For a form that keeps drafts: the id of the field that takes focus when the draft is thrown away. */
        draftField: string;
      }
  );

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
  ...strings
}: FormMessagesProps) {
  const { info } = useSamskapLocale();
  const retry = () => {
    // The alert with the retry button goes away while sending, so focus moves to the submit
    // button first rather than being dropped on the page.
    submitButton.current?.focus();
    void form.submit();
  };
  const { label } = strings;
  return (
    <>
      {form.status === 'trapped' ? <Alert variant="warning">{label('trapped')}</Alert> : null}

      {strings.draftField !== undefined && form.draftRestored ? (
        <DraftNotice
          text={strings.label('draftRestored')}
          discardLabel={strings.label('discardDraft')}
          onDiscard={() => {
            form.discardDraft();
            announce(strings.label('draftDiscarded'), { lang: info.tag });
            document.getElementById(strings.draftField)?.focus();
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
  form: { busy: boolean; submit: () => Promise<unknown> };
  /** The form's heading, which also names the form. */
  heading: ReactNode;
  headingId: string;
  headingLevel: HeadingLevel;
}

/**
 * The frame of every portal form: a `form` named by its heading, busy while it sends, with the
 * browser's own validation off (the form validates on submit and shows an error summary), sent
 * through `useForm` instead of posted while scripts run.
 */
export const FormFrame = forwardRef<HTMLFormElement, FormFrameProps>(function FormFrame(
  { form, heading, headingId, headingLevel, children, ...rest },
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
      {children}
    </FormRoot>
  );
});
