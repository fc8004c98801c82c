import {
  Button,
  Checkbox,
  CheckboxGroup,
  type HeadingLevel,
  type LabelOverrides,
  Paragraph,
  subheadingLevel,
  TextField,
  useLabels,
} from '@samskap/react';
import { type FormHTMLAttributes, forwardRef, useRef } from 'react';
import {
  errorSummaryItems,
  FormConfirmation,
  FormFrame,
  FormMessages,
  Honeypot,
  useFormIds,
} from '../../forms/FormParts.js';
import { Actions } from '../../forms/FormParts.styles.js';
import { type FormFieldError, useForm } from '../../forms/useForm.js';
import { isEmailLike } from '../../forms/validate.js';

const keys = {
  heading: 'newsletterSignup.heading',
  intro: 'newsletterSignup.intro',
  email: 'newsletterSignup.email',
  topics: 'newsletterSignup.topics',
  topicsDescription: 'newsletterSignup.topicsDescription',
  consent: 'newsletterSignup.consent',
  consentDescription: 'newsletterSignup.consentDescription',
  submit: 'newsletterSignup.submit',
  honeypot: 'newsletterSignup.honeypot',
  emailRequired: 'newsletterSignup.errors.emailRequired',
  emailInvalid: 'newsletterSignup.errors.emailInvalid',
  consentRequired: 'newsletterSignup.errors.consentRequired',
  failedTitle: 'newsletterSignup.failedTitle',
  failedBody: 'newsletterSignup.failedBody',
  retry: 'newsletterSignup.retry',
  trapped: 'newsletterSignup.trapped',
  sentHeading: 'newsletterSignup.sentHeading',
  sent: 'newsletterSignup.sent',
  sentConfirm: 'newsletterSignup.sentConfirm',
} as const;

export type NewsletterSignupLabels = LabelOverrides<keyof typeof keys>;

/** One topic a person can choose. */
export interface NewsletterTopic {
  value: string;
  label: string;
}

/** What `onSubmit` receives. */
export interface NewsletterSubmission {
  /** Trimmed. The server must check it again and send the confirmation email. */
  email: string;
  /** The chosen topics' values, in the order they are shown. Empty means none was chosen. */
  topics: string[];
  /** Always true: the form does not send without it. */
  consent: true;
}

/** What `onSubmit` may resolve with. */
export interface NewsletterSubmitResult {
  /** The server's messages, shown on the fields. */
  fieldErrors?: Partial<Record<'email' | 'topics' | 'consent', string>>;
}

export interface NewsletterSignupProps
  extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> {
  /**
   * Asks the server to send the confirmation email (double opt-in: nothing is active until the
   * person clicks its link). While it runs the form is busy; if it rejects, every value stays
   * and the form offers to try again.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: lets a host pass `async (s) => { await post(s) }`
  onSubmit: (signup: NewsletterSubmission) => Promise<NewsletterSubmitResult | void>;
  /** Told instead of `onSubmit` when the hidden spam trap was filled. */
  onTrap?: (signup: NewsletterSubmission) => void;
  /** The topics to choose from. None: no topic question. */
  topics?: readonly NewsletterTopic[];
  /** @default 2 */
  headingLevel?: HeadingLevel;
  /** Called once the "check your inbox" message is shown. */
  onSuccess?: () => void;
  /**
   * The values the form starts with. A server that received the form as a plain HTML post (no
   * script yet) and found errors renders the page again with these and `initialErrors`.
   */
  initialValues?: Partial<NewsletterSignupValues>;
  /** Errors to show on the first render, in the server's words, per field. */
  initialErrors?: NewsletterSubmitResult['fieldErrors'];
  /** Overrides of the built-in strings. */
  labels?: NewsletterSignupLabels;
}

/** What the form holds: the address, the chosen topics' values and the consent box. */
export interface NewsletterSignupValues {
  email: string;
  topics: string[];
  consent: boolean;
}

interface Values extends NewsletterSignupValues {
  trap: string;
}

type Field = 'email' | 'topics' | 'consent';
type Problem = { code: 'emailRequired' | 'emailInvalid' | 'consentRequired' };

const empty: Values = { email: '', topics: [], consent: false, trap: '' };
const order: readonly Field[] = ['email', 'consent'];

function validate(v: Values): Partial<Record<Field, Problem>> {
  const out: Partial<Record<Field, Problem>> = {};
  const email = v.email.trim();
  if (email === '') out.email = { code: 'emailRequired' };
  else if (!isEmailLike(email)) out.email = { code: 'emailInvalid' };
  if (!v.consent) out.consent = { code: 'consentRequired' };
  return out;
}

/**
 * Sign-up for a newsletter with double opt-in: an email address, topics if the host offers
 * them, and a consent box that is never ticked beforehand and says what is stored. On success it
 * says an email went to the address and nothing is active until its link is clicked. Without
 * scripts it posts `email`, `topics` and `consent` to `action`. Runs on `useForm`.
 */
export const NewsletterSignup = forwardRef<HTMLFormElement, NewsletterSignupProps>(
  function NewsletterSignup(
    {
      onSubmit,
      onTrap,
      topics = [],
      headingLevel = 2,
      onSuccess,
      initialValues,
      initialErrors,
      labels,
      method = 'post',
      ...rest
    },
    ref,
  ) {
    const label = useLabels(keys, labels);
    // The form empties on success; the confirmation still names the address it was sent to.
    const sentTo = useRef('');
    const toSubmission = (v: Values): NewsletterSubmission => ({
      email: v.email.trim(),
      topics: v.topics.filter((t) => topics.some((topic) => topic.value === t)),
      consent: true,
    });
    const form = useForm<Values, Problem, NewsletterSubmitResult>({
      initialValues: empty,
      startValues: initialValues,
      startErrors: initialErrors,
      validate,
      onSubmit: (v) => {
        sentTo.current = v.email.trim();
        return onSubmit(toSubmission(v));
      },
      onTrap: onTrap ? (v) => onTrap(toSubmission(v)) : undefined,
      honeypot: 'trap',
    });
    const { values, errors, status, busy, setField } = form;

    const { ids, submitButton } = useFormIds(['email', 'topics', 'consent'] as const);
    const subLevel = subheadingLevel(headingLevel);

    const errorText = (error: FormFieldError<Problem> | undefined) => {
      if (!error) return undefined;
      return error.code === 'server' ? error.message : label(error.code);
    };

    const sent = label('sent', { email: sentTo.current });
    const sentConfirm = label('sentConfirm');

    return (
      <FormFrame
        ref={ref}
        form={form}
        heading={label('heading')}
        headingId={ids.heading}
        headingLevel={headingLevel}
        method={method}
        {...rest}
      >
        {status === 'succeeded' ? (
          <FormConfirmation
            heading={label('sentHeading')}
            headingLevel={subLevel}
            message={`${label('sentHeading')} ${sent} ${sentConfirm}`}
            onShown={onSuccess}
          >
            <p>{sent}</p>
            <p>{sentConfirm}</p>
          </FormConfirmation>
        ) : (
          <Paragraph>{label('intro')}</Paragraph>
        )}

        <FormMessages
          form={form}
          label={label}
          errors={errorSummaryItems(
            order,
            errors,
            (f) => ids[f],
            (e) => errorText(e),
          )}
          headingLevel={subLevel}
          submitButton={submitButton}
        />

        <TextField
          id={ids.email}
          name="email"
          type="email"
          label={label('email')}
          autoComplete="email"
          spellCheck={false}
          required
          value={values.email}
          readOnly={busy}
          error={errorText(errors.email)}
          onChange={(e) => setField('email', e.target.value)}
        />

        {topics.length > 0 ? (
          <CheckboxGroup
            id={ids.topics}
            name="topics"
            legend={label('topics')}
            description={label('topicsDescription')}
            optional
            value={values.topics}
            disabled={busy}
            onChange={(next) => setField('topics', next)}
          >
            {topics.map((topic) => (
              <Checkbox key={topic.value} value={topic.value} label={topic.label} />
            ))}
          </CheckboxGroup>
        ) : null}

        <Checkbox
          id={ids.consent}
          name="consent"
          value="yes"
          label={label('consent')}
          description={label('consentDescription')}
          required
          checked={values.consent}
          disabled={busy}
          error={errorText(errors.consent)}
          onChange={(e) => setField('consent', e.target.checked)}
        />

        <Honeypot
          id={ids.trap}
          label={label('honeypot')}
          value={values.trap}
          onChange={(v) => setField('trap', v)}
        />

        <Actions>
          <Button ref={submitButton} type="submit" loading={busy}>
            {label('submit')}
          </Button>
        </Actions>
      </FormFrame>
    );
  },
);
