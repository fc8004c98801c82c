import { Heading, Paragraph, Textarea, TextField } from '@samskap/react';
import { forwardRef, useRef } from 'react';
import { FormFrame, FormTail, splitFormProps, useFormParts } from '../../forms/FormParts.js';
import type { FormStartProps, PortalFormProps } from '../../forms/FormProps.js';
import { formLabels, labelsFrom, problemText } from '../../forms/labels.js';
import { useForm } from '../../forms/useForm.js';
import { asText } from '../../shared/data.js';
import { AddToCalendar } from '../add-to-calendar/AddToCalendar.js';
import {
  type EventRegistration as EventRegistrationInfo,
  type PortalEvent,
  placeLine,
  registrationState,
} from '../model.js';
import { type EventRegistrationLabels, useEventRegistrationLabels } from './labels.js';
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
  extends PortalFormProps<
      EventRegistrationSubmission,
      EventRegistrationResult,
      EventRegistrationLabels
    >,
    FormStartProps<Partial<Omit<EventRegistrationValues, 'trap'>>, EventRegistrationField> {
  /** The event to register for. Untrusted. */
  event: PortalEvent;
  /**
   * Keeps the organisation as a draft for 7 days. Never the name, the email or the dietary and
   * accessibility needs, which may tell about a person's health.
   */
  draftKey?: string;
  /** When registration is judged (ms since the epoch). @default now */
  now?: number;
  /** A link back to the event's page, put in the calendar entry. */
  calendarUrl?: string;
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

const fields: readonly EventRegistrationField[] = [
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
  function EventRegistration(props, ref) {
    const [shared, { event, draftKey, now, calendarUrl, ...rest }] = splitFormProps(props);
    const { onSubmit, onTrap, headingLevel } = shared;
    const label = useEventRegistrationLabels(shared.labels);
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
      startValues: shared.initialValues,
      startErrors: shared.initialErrors,
      validate: validateRegistration,
      onSubmit: (v) => {
        sent.current = { email: v.email.trim(), waitingList };
        return onSubmit(toSubmission(v));
      },
      onTrap: onTrap ? (v) => onTrap(toSubmission(v)) : undefined,
      honeypot: 'trap',
      draft: { key: draftKey, fields: ['organisation'] },
    });
    const { errors, status } = form;

    const parts = useFormParts({
      form,
      fields,
      headingLevel,
      errorText: problemText(label),
      draftField: 'organisation',
      messageLabels: labelsFrom(label, formLabels.messages, formLabels.draft),
      ref,
      onSuccess: shared.onSuccess,
    });

    // Closed, cancelled or over: no form, only why. A confirmation already shown stays.
    const offered = state === 'open' || state === 'few-places' || state === 'waiting-list';
    if (!offered && status !== 'succeeded') {
      // A named section, so the reason stands in a landmark as the form would; the form's ref
      // stays null because there is no form.
      return (
        <section aria-labelledby={parts.ids.heading}>
          <Heading level={headingLevel} size="md" id={parts.ids.heading}>
            {label('unavailableHeading')}
          </Heading>
          <Paragraph>
            {label(state === 'cancelled' ? 'cancelled' : state === 'past' ? 'past' : 'closed')}
          </Paragraph>
        </section>
      );
    }

    const reference = form.result?.reference;
    const title = asText(event.title) ?? '';
    const start = asText(event.start);

    return (
      <FormFrame
        {...parts.frame}
        heading={label(waitingList ? 'headingWaitingList' : 'heading')}
        intro={label(waitingList ? 'waitingListIntro' : 'intro')}
        receipt={{
          heading: label(sent.current.waitingList ? 'receiptWaitingListHeading' : 'receiptHeading'),
          paragraphs: [
            [
              sent.current.email ? label('receipt', { email: sent.current.email }) : undefined,
              reference ? label('reference', { reference }) : undefined,
            ],
          ],
          children:
            start && !sent.current.waitingList ? (
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
            ) : null,
        }}
        {...rest}
      >
        <TextField {...parts.field('name')} label={label('name')} autoComplete="name" required />
        <TextField
          {...parts.emailField('email')}
          label={label('email')}
          description={label('emailDescription')}
          required
        />
        <TextField
          {...parts.field('organisation')}
          label={label('organisation')}
          autoComplete="organization"
          optional
        />
        <Textarea
          {...parts.field('dietary')}
          label={label('dietary')}
          description={label('dietaryDescription')}
          optional
          rows={2}
        />
        <Textarea
          {...parts.field('accessibility')}
          label={label('accessibility')}
          description={label('accessibilityDescription')}
          optional
          rows={2}
        />
        <FormTail
          {...parts.tail}
          consent={{ value: '1', error: parts.errorText(errors.consent) }}
          labels={{
            ...labelsFrom(label, formLabels.consent, formLabels.tail),
            submit: label(waitingList ? 'submitWaitingList' : 'submit'),
          }}
        />
      </FormFrame>
    );
  },
);
