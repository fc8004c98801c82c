import {
  Button,
  Checkbox,
  Heading,
  type HeadingLevel,
  Paragraph,
  subheadingLevel,
  Textarea,
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
import { asText } from '../../shared/data.js';
import { AddToCalendar } from '../add-to-calendar/AddToCalendar.js';
import {
  type EventRegistration as EventRegistrationInfo,
  type PortalEvent,
  placeLine,
  registrationState,
} from '../model.js';
import { type EventRegistrationLabels, eventRegistrationKeys } from './labels.js';
import {
  type EventRegistrationField,
  type EventRegistrationProblem,
  type EventRegistrationValues,
  validateRegistration,
} from './validate.js';

/**
 * The organiser's registration facts about an event (`PortalEvent['registration']`). The name
 * is shared with the form component below: one is a type, the other a value.
 */
export type EventRegistration = EventRegistrationInfo;

/** What `onSubmit` receives. Every text is trimmed; an optional one left empty is missing. */
export interface EventRegistrationSubmission {
  /** The event's id. */
  eventId: string;
  /** True when the event is full and the person joins its waiting list. */
  waitingList: boolean;
  name: string;
  email: string;
  organisation?: string;
  dietary?: string;
  accessibility?: string;
  /** Always true: the form is not sent without consent. */
  consent: true;
}

/** What `onSubmit` may resolve with. */
export interface EventRegistrationResult {
  /** The registration's reference, shown in the confirmation. */
  reference?: string;
  /** The server's messages, shown on the fields. */
  fieldErrors?: Partial<Record<EventRegistrationField, string>>;
}

export interface EventRegistrationProps
  extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> {
  /** The event to register for. Untrusted. */
  event: PortalEvent;
  /**
   * Sends the registration. While it runs the form is busy. Resolve with `{ reference }` or
   * `{ fieldErrors }`; if it rejects, every value stays and the form offers to try again.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: lets a host pass `async (r) => { await post(r) }`
  onSubmit: (registration: EventRegistrationSubmission) => Promise<EventRegistrationResult | void>;
  /** Told instead of `onSubmit` when the hidden spam trap was filled. */
  onTrap?: (registration: EventRegistrationSubmission) => void;
  /**
   * Keeps the organisation as a draft for 7 days. Never the name, the email or the dietary and
   * accessibility needs, which may tell about a person's health.
   */
  draftKey?: string;
  /** @default 2 */
  headingLevel?: HeadingLevel;
  /** When registration is judged (ms since the epoch). @default now */
  now?: number;
  /** A link back to the event's page, put in the calendar entry. */
  calendarUrl?: string;
  /** Called once the confirmation is shown. */
  onSuccess?: () => void;
  /**
   * The values the form starts with. A server that received the form as a plain HTML post (no
   * script yet) and found errors renders the page again with these and `initialErrors`.
   */
  initialValues?: Partial<Omit<EventRegistrationValues, 'trap'>>;
  /** Errors to show on the first render, in the server's words, per field. */
  initialErrors?: Partial<Record<EventRegistrationField, string>>;
  /** Overrides of the built-in strings. */
  labels?: EventRegistrationLabels;
}

const empty: EventRegistrationValues = {
  name: '',
  email: '',
  organisation: '',
  dietary: '',
  accessibility: '',
  consent: false,
  trap: '',
};

const order: readonly EventRegistrationField[] = [
  'name',
  'email',
  'organisation',
  'dietary',
  'accessibility',
  'consent',
];

const optionalText = (value: string) => {
  const t = value.trim();
  return t === '' ? undefined : t;
};

/**
 * Registration for one event: name, email, organisation, food and accessibility needs, and
 * consent to store them. When the event is full but takes a waiting list, the person joins that
 * instead; when registration is closed, or the event is cancelled or over, the form is not
 * offered and it says why. The confirmation takes focus and offers the event for a calendar.
 * Runs on `useForm`.
 */
export const EventRegistration = forwardRef<HTMLFormElement, EventRegistrationProps>(
  function EventRegistration(
    {
      event,
      onSubmit,
      onTrap,
      draftKey,
      headingLevel = 2,
      now,
      calendarUrl,
      onSuccess,
      initialValues,
      initialErrors,
      labels,
      ...rest
    },
    ref,
  ) {
    const label = useLabels(eventRegistrationKeys, labels);
    const state = registrationState(event, now);
    const waitingList = state === 'waiting-list';
    const eventId = asText(event.id) ?? '';
    const sent = useRef<{ email: string; waitingList: boolean }>({ email: '', waitingList: false });

    const toSubmission = (v: EventRegistrationValues): EventRegistrationSubmission => {
      const organisation = optionalText(v.organisation);
      const dietary = optionalText(v.dietary);
      const accessibility = optionalText(v.accessibility);
      return {
        eventId,
        waitingList,
        name: v.name.trim(),
        email: v.email.trim(),
        ...(organisation ? { organisation } : {}),
        ...(dietary ? { dietary } : {}),
        ...(accessibility ? { accessibility } : {}),
        consent: true,
      };
    };
    const form = useForm<
      EventRegistrationValues,
      EventRegistrationProblem,
      EventRegistrationResult
    >({
      initialValues: empty,
      startValues: initialValues,
      startErrors: initialErrors,
      validate: validateRegistration,
      onSubmit: (v) => {
        sent.current = { email: v.email.trim(), waitingList };
        return onSubmit(toSubmission(v));
      },
      onTrap: onTrap ? (v) => onTrap(toSubmission(v)) : undefined,
      honeypot: 'trap',
      draft: { key: draftKey, fields: ['organisation'] },
    });
    const { values, errors, status, busy, setField } = form;

    const { ids, submitButton } = useFormIds(order);
    const subLevel = subheadingLevel(headingLevel);

    const errorText = (error: FormFieldError<EventRegistrationProblem> | undefined) => {
      if (!error) return undefined;
      return error.code === 'server' ? error.message : label(error.code);
    };

    // Closed, cancelled or over: no form, only why. A confirmation already shown stays.
    const offered = state === 'open' || state === 'few-places' || state === 'waiting-list';
    if (!offered && status !== 'succeeded') {
      // A named section, so the reason stands in a landmark as the form would; the form's ref
      // stays null because there is no form.
      return (
        <section aria-labelledby={ids.heading}>
          <Heading level={headingLevel} size="md" id={ids.heading}>
            {label('unavailableHeading')}
          </Heading>
          <Paragraph>
            {label(state === 'cancelled' ? 'cancelled' : state === 'past' ? 'past' : 'closed')}
          </Paragraph>
        </section>
      );
    }

    const summary = errorSummaryItems(
      order,
      errors,
      (f) => ids[f],
      (e) => errorText(e),
    );

    const reference = form.result?.reference;
    const receiptHeading = label(
      sent.current.waitingList ? 'receiptWaitingListHeading' : 'receiptHeading',
    );
    const receipt = [
      sent.current.email ? label('receipt', { email: sent.current.email }) : undefined,
      reference ? label('reference', { reference }) : undefined,
    ]
      .filter(Boolean)
      .join(' ');
    const title = asText(event.title) ?? '';
    const start = asText(event.start);

    return (
      <FormFrame
        ref={ref}
        form={form}
        heading={label(waitingList ? 'headingWaitingList' : 'heading')}
        headingId={ids.heading}
        headingLevel={headingLevel}
        {...rest}
      >
        {status === 'succeeded' ? (
          <FormConfirmation
            heading={receiptHeading}
            headingLevel={subLevel}
            message={`${receiptHeading} ${receipt}`.trim()}
            onShown={onSuccess}
          >
            {receipt ? <p>{receipt}</p> : null}
            {start && !sent.current.waitingList ? (
              <AddToCalendar
                event={{
                  uid: `${eventId || title}@samskap`,
                  title,
                  start,
                  end: asText(event.end),
                  description: asText(event.summary),
                  location: placeLine(event),
                  url: calendarUrl,
                }}
              />
            ) : null}
          </FormConfirmation>
        ) : (
          <Paragraph>{label(waitingList ? 'waitingListIntro' : 'intro')}</Paragraph>
        )}

        <FormMessages
          form={form}
          label={label}
          draftField={ids.organisation}
          errors={summary}
          headingLevel={subLevel}
          submitButton={submitButton}
        />

        <TextField
          id={ids.name}
          name="name"
          label={label('name')}
          autoComplete="name"
          required
          value={values.name}
          readOnly={busy}
          error={errorText(errors.name)}
          onChange={(e) => setField('name', e.target.value)}
        />
        <TextField
          id={ids.email}
          name="email"
          type="email"
          label={label('email')}
          description={label('emailDescription')}
          autoComplete="email"
          spellCheck={false}
          required
          value={values.email}
          readOnly={busy}
          error={errorText(errors.email)}
          onChange={(e) => setField('email', e.target.value)}
        />
        <TextField
          id={ids.organisation}
          name="organisation"
          label={label('organisation')}
          autoComplete="organization"
          optional
          value={values.organisation}
          readOnly={busy}
          error={errorText(errors.organisation)}
          onChange={(e) => setField('organisation', e.target.value)}
        />
        <Textarea
          id={ids.dietary}
          name="dietary"
          label={label('dietary')}
          description={label('dietaryDescription')}
          optional
          rows={2}
          value={values.dietary}
          readOnly={busy}
          error={errorText(errors.dietary)}
          onChange={(e) => setField('dietary', e.target.value)}
        />
        <Textarea
          id={ids.accessibility}
          name="accessibility"
          label={label('accessibility')}
          description={label('accessibilityDescription')}
          optional
          rows={2}
          value={values.accessibility}
          readOnly={busy}
          error={errorText(errors.accessibility)}
          onChange={(e) => setField('accessibility', e.target.value)}
        />
        <Checkbox
          id={ids.consent}
          name="consent"
          value="1"
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
            {label(waitingList ? 'submitWaitingList' : 'submit')}
          </Button>
        </Actions>
      </FormFrame>
    );
  },
);
