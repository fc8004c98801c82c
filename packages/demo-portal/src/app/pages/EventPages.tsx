import { eventRegistrationStrings, type SamskapLocale } from '@samskap/i18n';
import { EventCard, EventDetails, EventRegistration } from '@samskap/portal';
import {
  Alert,
  Breadcrumbs,
  Heading,
  Paragraph,
  useLabels,
  useSamskapStrings,
} from '@samskap/react';
import { styled } from 'styled-components';
import { postRegistration } from '../api.js';
import { copy } from '../copy.js';
import { paths } from '../paths.js';
import type { Page } from '../types.js';
import { withEventHref } from './links.js';

const List = styled.ul`
  display: grid;
  gap: var(--sk-space-4);
  list-style: none;
  margin: var(--sk-space-4) 0;
  padding: 0;
`;

const Column = styled.div`
  max-width: 60rem;
  display: grid;
  gap: var(--sk-space-5);
`;

/** Every event, as cards that say where registration stands. */
export function EventsPage({
  locale,
  page,
}: {
  locale: SamskapLocale;
  page: Extract<Page, { kind: 'events' }>;
}) {
  const text = copy[locale];
  return (
    <>
      <Heading level={1}>{text.events.title}</Heading>
      <Paragraph>{text.events.intro}</Paragraph>
      <EventList events={page.events} locale={locale} now={page.now} headingLevel={2} />
    </>
  );
}

export function EventList({
  events,
  locale,
  now,
  headingLevel,
}: {
  events: Extract<Page, { kind: 'events' }>['events'];
  locale: SamskapLocale;
  now: number;
  headingLevel: 2 | 3;
}) {
  return (
    <List>
      {events.map((e) => (
        <EventCard
          key={e.id}
          as="li"
          event={withEventHref(e, locale)}
          now={now}
          headingLevel={headingLevel}
        />
      ))}
    </List>
  );
}

const receiptKeys = {
  heading: 'eventRegistration.receiptHeading',
  reference: 'eventRegistration.reference',
} as const;

/**
 * An event with its registration form. The form posts to the API, or as HTML without scripts;
 * "Add to calendar" is a link to the server's `.ics` file, so it works either way.
 */
export function EventPage({
  locale,
  page,
}: {
  locale: SamskapLocale;
  page: Extract<Page, { kind: 'event' }>;
}) {
  const text = copy[locale];
  // The receipt stands without the form after a plain post: add the form's area here too.
  useSamskapStrings('eventRegistration', eventRegistrationStrings);
  const receipt = useLabels(receiptKeys);
  const { event } = page;
  const form = page.registered ? (
    // Sent without scripts: the server redirected here with the reference.
    <Alert variant="success" tabIndex={-1} id="registration-sent">
      <Heading level={3} size="sm">
        {receipt('heading')}
      </Heading>
      <Paragraph>{receipt('reference', { reference: page.registered })}</Paragraph>
    </Alert>
  ) : (
    <EventRegistration
      id="registration"
      event={event}
      now={page.now}
      headingLevel={3}
      action={paths.registrations(locale, event.id)}
      method="post"
      draftKey={`portal:registration-draft:${event.id}`}
      initialValues={page.form?.values}
      initialErrors={page.form?.errors}
      onSubmit={(registration) => postRegistration(locale, event.id, registration)}
    />
  );
  return (
    <Column>
      <Breadcrumbs
        items={[
          { label: text.casePage.breadcrumbsHome, href: paths.home(locale) },
          { label: text.nav.events, href: paths.events(locale) },
          { label: event.title },
        ]}
      />
      <EventDetails
        event={event}
        now={page.now}
        headingLevel={1}
        calendarFileHref={paths.calendar(locale, event.id)}
        registrationForm={form}
      />
    </Column>
  );
}
