import { newsletterSignupStrings } from '@samskap/i18n';
import {
  Checkbox,
  CheckboxGroup,
  type LabelOverrides,
  TextField,
  useLabels,
  useSamskapStrings,
} from '@samskap/react';
import { forwardRef, useRef } from 'react';
import { FormFrame, FormTail, splitFormProps, useFormParts } from '../../forms/FormParts.js';
import type { FormStartProps, PortalFormProps } from '../../forms/FormProps.js';
import { formLabels, labelsFrom, problemText } from '../../forms/labels.js';
import { useForm } from '../../forms/useForm.js';
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
  extends PortalFormProps<NewsletterSubmission, NewsletterSubmitResult, NewsletterSignupLabels>,
    FormStartProps<Partial<NewsletterSignupValues>, Field> {
  /**
   * Asks the server to send the confirmation email (double opt-in: nothing is active until the
   * person clicks its link). While it runs the form is busy; if it rejects, every value stays
   * and the form offers to try again.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: lets a host pass `async (s) => { await post(s) }`
  onSubmit: (signup: NewsletterSubmission) => Promise<NewsletterSubmitResult | void>;
  /** The topics to choose from. None: no topic question. */
  topics?: readonly NewsletterTopic[];
  /** Called once the "check your inbox" message is shown. */
  onSuccess?: () => void;
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
const fields: readonly Field[] = ['email', 'topics', 'consent'];

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
  function NewsletterSignup(props, ref) {
    const [shared, { topics = [], method = 'post', ...rest }] = splitFormProps(props);
    const { onSubmit, onTrap } = shared;
    useSamskapStrings('newsletterSignup', newsletterSignupStrings);
    const label = useLabels(keys, shared.labels);
    // The form empties on success; the confirmation still names the address it was sent to.
    const sentTo = useRef('');
    const toSubmission = (v: Values): NewsletterSubmission => ({
      email: v.email.trim(),
      topics: v.topics.filter((t) => topics.some((topic) => topic.value === t)),
      consent: true,
    });
    const form = useForm<Values, Problem, NewsletterSubmitResult>({
      initialValues: empty,
      startValues: shared.initialValues,
      startErrors: shared.initialErrors,
      validate,
      onSubmit: (v) => {
        sentTo.current = v.email.trim();
        return onSubmit(toSubmission(v));
      },
      onTrap: onTrap ? (v) => onTrap(toSubmission(v)) : undefined,
      honeypot: 'trap',
    });
    const { values, errors, busy, setField } = form;

    const parts = useFormParts({
      form,
      fields,
      headingLevel: shared.headingLevel,
      errorText: problemText(label),
      messageLabels: labelsFrom(label, formLabels.messages),
      ref,
      onSuccess: shared.onSuccess,
    });

    return (
      <FormFrame
        {...parts.frame}
        heading={label('heading')}
        intro={label('intro')}
        receipt={{
          heading: label('sentHeading'),
          paragraphs: [[label('sent', { email: sentTo.current })], [label('sentConfirm')]],
        }}
        method={method}
        {...rest}
      >
        <TextField {...parts.emailField('email')} label={label('email')} required />

        {topics.length > 0 ? (
          <CheckboxGroup
            id={parts.ids.topics}
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

        <FormTail
          {...parts.tail}
          consent={{ value: 'yes', error: parts.errorText(errors.consent) }}
          labels={labelsFrom(label, formLabels.consent, formLabels.tail)}
        />
      </FormFrame>
    );
  },
);
