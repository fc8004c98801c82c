import {
  Alert,
  Heading,
  type HeadingLevel,
  Link,
  List,
  Paragraph,
  safeUrl,
  subheadingLevel,
} from '@samskap/react';
import { forwardRef, type HTMLAttributes, type ReactNode, useId } from 'react';
import { DateText } from '../../shared/DateText.js';
import { asNumber, asText, asTextList } from '../../shared/data.js';
import { useContentLanguage } from '../../shared/useContentLanguage.js';
import { AddToCalendar } from '../add-to-calendar/AddToCalendar.js';
import { EventWhen } from '../event-when/EventWhen.js';
import { type EventLabels, stateText, useEventLabels } from '../labels.js';
import { type PortalEvent, placeLine, registrationState } from '../model.js';
import { Actions, Facts, Page } from './EventDetails.styles.js';

export interface EventDetailsProps extends HTMLAttributes<HTMLElement> {
  event: PortalEvent;
  /** @default 1 */
  headingLevel?: HeadingLevel;
  /** The moment to judge registration by (for tests and server renders). @default Date.now() */
  now?: number;
  /**
   * The registration form, shown while registration is open (or a waiting list takes names).
   * Without it, a `registration.href` from the event becomes a link.
   */
  registrationForm?: ReactNode;
  /** The event's absolute URL, written into the calendar file. */
  calendarUrl?: string;
  /**
   * Where the server hands out the event's `.ics` file. With it, "Add to calendar" is a link that
   * works without scripts; without it, a button makes the file in the browser.
   */
  calendarFileHref?: string;
  labels?: EventLabels;
}

/**
 * The top of an event's page: title, summary, when (in Oslo time) and where, in person or
 * online, the venue's accessibility, where registration stands with what to do next, and "Add
 * to calendar".
 */
export const EventDetails = forwardRef<HTMLElement, EventDetailsProps>(function EventDetails(
  {
    event,
    headingLevel = 1,
    now,
    registrationForm,
    calendarUrl,
    calendarFileHref,
    labels,
    ...rest
  },
  ref,
) {
  const label = useEventLabels(labels);
  const id = useId();
  const sub = subheadingLevel(headingLevel);
  const lang = useContentLanguage(event.language);
  const title = asText(event.title) ?? '';
  const summary = asText(event.summary);
  const venue = event.venue && typeof event.venue === 'object' ? event.venue : undefined;
  const venueName = asText(venue?.name);
  const address = asText(venue?.address);
  const access = asTextList(venue?.accessibility);
  const attendance = (['in-person', 'online', 'hybrid'] as const).find(
    (a) => a === event.attendance,
  );
  const organiser = asText(event.organiser);
  const state = registrationState(event, now);
  const reg =
    event.registration && typeof event.registration === 'object' ? event.registration : {};
  const places = asNumber(reg.placesLeft);
  const registerHref = safeUrl(asText(reg.href));
  const recording = safeUrl(asText(event.recordingHref));
  const takesNames = state === 'open' || state === 'few-places' || state === 'waiting-list';
  const uid = `${asText(event.id) ?? title}@samskap`;
  const start = asText(event.start);

  return (
    <Page ref={ref} aria-labelledby={`${id}-title`} {...rest}>
      <Heading level={headingLevel} id={`${id}-title`} lang={lang} dir="auto">
        {title}
      </Heading>
      {state === 'cancelled' ? (
        <Alert variant="warning" live="off">
          {label('cancelled')}
        </Alert>
      ) : null}
      {summary ? (
        <Paragraph size="lg" lang={lang} dir="auto">
          {summary}
        </Paragraph>
      ) : null}
      <Facts>
        <div>
          <dt>{label('when')}</dt>
          <dd>
            <EventWhen start={event.start} end={event.end} />
          </dd>
        </div>
        {venueName || address ? (
          <div>
            <dt>{label('where')}</dt>
            <dd lang={lang} dir="auto">
              {venueName}
              {venueName && address ? <br /> : null}
              {address}
            </dd>
          </div>
        ) : null}
        {attendance ? (
          <div>
            <dt>{label('format')}</dt>
            <dd>{label(attendance)}</dd>
          </div>
        ) : null}
        {organiser ? (
          <div>
            <dt>{label('organiser')}</dt>
            <dd lang={lang} dir="auto">
              {organiser}
            </dd>
          </div>
        ) : null}
      </Facts>

      {access.length ? (
        <section aria-labelledby={`${id}-access`}>
          <Heading level={sub} size="sm" id={`${id}-access`}>
            {label('accessibility')}
          </Heading>
          <List lang={lang}>
            {access.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines may repeat; order is stable
              <li key={i} dir="auto">
                {line}
              </li>
            ))}
          </List>
        </section>
      ) : null}

      <section aria-labelledby={`${id}-registration`} data-state={state}>
        <Heading level={sub} size="sm" id={`${id}-registration`}>
          {label('registration')}
        </Heading>
        {state !== 'cancelled' ? <Paragraph>{stateText(label, state, places)}</Paragraph> : null}
        {takesNames && reg.deadline ? (
          <Paragraph>
            {label('deadline')}: <DateText value={reg.deadline} withTime />
          </Paragraph>
        ) : null}
        {takesNames && registrationForm ? registrationForm : null}
        <Actions>
          {takesNames && !registrationForm && registerHref ? (
            <Link href={registerHref}>
              {state === 'waiting-list' ? label('joinWaitingList') : label('register')}
            </Link>
          ) : null}
          {state === 'past' && recording ? (
            <Link href={recording}>{label('recording')}</Link>
          ) : null}
          {state !== 'cancelled' && state !== 'past' && start ? (
            <AddToCalendar
              href={calendarFileHref}
              event={{
                uid,
                title,
                start,
                end: asText(event.end),
                description: summary,
                location: placeLine(event),
                url: calendarUrl,
              }}
            />
          ) : null}
        </Actions>
      </section>
    </Page>
  );
});
