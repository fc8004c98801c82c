import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { renderIn } from '../../../../test/render.js';
import { sampleEvents } from '../sample-data/index.js';
import { EventCard } from './event-card/EventCard.js';
import { EventDetails } from './event-details/EventDetails.js';
import { type PortalEvent, registrationState } from './model.js';

const [conference, breakfast, webinar] = sampleEvents as [PortalEvent, PortalEvent, PortalEvent];
const NOW = Date.parse('2026-12-01T12:00:00Z');

describe('registrationState', () => {
  it.each([
    [{ ...conference }, 'open'],
    [{ ...breakfast }, 'few-places'],
    [{ ...webinar }, 'waiting-list'],
    [{ ...webinar, registration: { placesLeft: 0 } }, 'closed'],
    [{ ...conference, registration: { status: 'closed' as const } }, 'closed'],
    [{ ...conference, registration: { deadline: '2026-11-01' } }, 'closed'],
    [{ ...conference, cancelled: true }, 'cancelled'],
    [{ ...conference, start: '2026-11-29', end: '2026-11-30' }, 'past'],
    [{ ...conference, start: '2026-12-01', end: undefined }, 'open'],
  ] as const)('gives the right state (%#: %s)', (event, state) => {
    expect(registrationState(event as PortalEvent, NOW)).toBe(state);
  });
});

describe('EventDetails', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [
      'nb',
      'Tid',
      'Sted',
      'Fysisk og digitalt',
      'Tilgjengelighet på stedet',
      'Åpen for påmelding',
      '29. september 2027',
    ],
    [
      'nn',
      'Tid',
      'Stad',
      'Fysisk og digitalt',
      'Tilgjenge på staden',
      'Open for påmelding',
      '29. september 2027',
    ],
    [
      'en',
      'When',
      'Where',
      'In person and online',
      'Accessibility at the venue',
      'Open for registration',
      '29 September 2027',
    ],
  ] as const)(
    'in %s shows when, where, format, accessibility and registration',
    (locale, when, where, format, access, open, date) => {
      renderIn(locale, <EventDetails event={conference} now={NOW} />);
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(conference.title);
      expect(screen.getByText(when).nextElementSibling).toHaveTextContent(date);
      const times = screen.getByText(when).nextElementSibling?.querySelectorAll('time');
      expect([...(times ?? [])].map((t) => t.getAttribute('datetime'))).toEqual([
        '2027-09-29',
        '2027-09-30',
      ]);
      expect(screen.getByText(where).nextElementSibling).toHaveTextContent('Stormen konserthus');
      expect(screen.getByText(format)).toBeInTheDocument();
      const accessibility = screen.getByRole('region', { name: access });
      expect(within(accessibility).getAllByRole('listitem')).toHaveLength(4);
      expect(screen.getByText(open)).toBeInTheDocument();
    },
  );

  it.each([
    ['nb', '14. januar 2027 kl. 08:00–09:00 (norsk tid)', 'Bare 3 plasser igjen'],
    ['nn', '14. januar 2027 kl. 08:00–09:00 (norsk tid)', 'Berre 3 plassar att'],
    ['en', '14 January 2027 at 08:00–09:00 (Norwegian time)', 'Only 3 places left'],
  ] as const)('in %s shows a timed event in Oslo time and few places left', (locale, when, few) => {
    renderIn(locale, <EventDetails event={breakfast} now={NOW} />);
    expect(screen.getByText(few)).toBeInTheDocument();
    const time = document.querySelector('time');
    expect(time).toHaveAttribute('datetime', '2027-01-14T07:00:00.000Z');
    expect(time?.parentElement).toHaveTextContent(when);
  });

  it('says a cancelled event is cancelled and offers no calendar file', () => {
    renderIn('nb', <EventDetails event={{ ...conference, cancelled: true }} now={NOW} />);
    expect(screen.getByText('Arrangementet er avlyst.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Legg til i kalenderen' })).toBeNull();
  });

  it('links the recording of a past event', () => {
    renderIn(
      'en',
      <EventDetails
        event={{
          ...webinar,
          start: '2026-06-10T13:00:00+02:00',
          end: '2026-06-10T14:30:00+02:00',
          recordingHref: 'https://video.example/rec',
        }}
        now={NOW}
      />,
    );
    expect(screen.getByText('This event is over.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Watch the recording' })).toHaveAttribute(
      'href',
      'https://video.example/rec',
    );
  });

  it('offers the waiting list when full', () => {
    renderIn(
      'nn',
      <EventDetails
        event={{
          ...webinar,
          registration: { placesLeft: 0, waitingList: true, href: '/pamelding' },
        }}
        now={NOW}
      />,
    );
    expect(screen.getByText('Fullt. Du kan stå på venteliste.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Set deg på venteliste' })).toHaveAttribute(
      'href',
      '/pamelding',
    );
  });

  it('makes an .ics on a keyboard press that parses back to the event', async () => {
    const user = userEvent.setup();
    let blob: Blob | undefined;
    const create = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:test';
    });
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    onTestFinished(() => {
      Object.assign(URL, original);
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderIn('en', <EventDetails event={breakfast} now={NOW} />);
    const button = screen.getByRole('button', { name: 'Add to calendar' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(create).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    const text = await (blob as Blob).text();
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent') as ICAL.Component,
    );
    expect(event.summary).toBe(breakfast.title);
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-01-14T07:00:00.000Z');
    expect(event.location).toBe('Bergen offentlege bibliotek, Strømgaten 6, 5015 Bergen');
  });

  it('with a server file, "Add to calendar" is a download link that works without scripts', () => {
    renderIn(
      'nb',
      <EventDetails
        event={breakfast}
        now={NOW}
        calendarFileHref="/nb/events/frokostmote-klarsprak/calendar.ics"
      />,
    );
    expect(screen.queryByRole('button', { name: 'Legg til i kalenderen' })).toBeNull();
    const link = screen.getByRole('link', { name: 'Legg til i kalenderen' });
    expect(link).toHaveAttribute('href', '/nb/events/frokostmote-klarsprak/calendar.ics');
    expect(link.getAttribute('download')).toMatch(/\.ics$/);
  });

  it('renders malformed events sanely', () => {
    const junk = {
      id: 1,
      title: null,
      start: 'soon',
      venue: 'x',
      registration: 7,
      attendance: 'space',
    } as unknown as PortalEvent;
    renderIn('nb', <EventDetails event={junk} now={NOW} />);
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Åpen for påmelding')).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = renderIn('nb', <EventDetails event={conference} now={NOW} />);
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe('EventCard', () => {
  it.each([
    ['nb', 'Digitalt', 'Fullt. Du kan stå på venteliste.'],
    ['nn', 'Digitalt', 'Fullt. Du kan stå på venteliste.'],
    ['en', 'Online', 'Full. You can join the waiting list.'],
  ] as const)(
    'in %s shows the title link, the format and the registration state in words',
    (locale, online, state) => {
      renderIn(locale, <EventCard event={webinar} now={NOW} />);
      const card = screen.getByRole('article');
      expect(within(card).getByRole('link')).toHaveAccessibleName(webinar.title);
      expect(card).toHaveTextContent(online);
      expect(card).toHaveTextContent(state);
    },
  );

  it('is one Tab stop', async () => {
    const user = userEvent.setup();
    renderIn('nb', <EventCard event={conference} now={NOW} />);
    await user.tab();
    expect(screen.getByRole('link')).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('has no axe violations', async () => {
    const { container } = renderIn('en', <EventCard event={breakfast} now={NOW} />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
