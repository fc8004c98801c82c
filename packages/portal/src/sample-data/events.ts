import type { PortalEvent } from '../events/model.js';

// Fictional events for the portal's calendar. Dates are in 2027 so they stay in the future for a
// while; stories and tests pass a fixed `now` anyway.
export const sampleEvents: PortalEvent[] = [
  {
    id: 'innovasjonskonferansen-2027',
    title: 'Innovasjonskonferansen 2027: samskaping i praksis',
    summary:
      'To dager om hvordan kommuner, stat og innbyggere utvikler tjenester sammen, med erfaringer fra Bodø, Voss og Tallinn.',
    href: '/arrangementer/innovasjonskonferansen-2027',
    start: '2027-09-29',
    end: '2027-09-30',
    attendance: 'hybrid',
    venue: {
      name: 'Stormen konserthus',
      address: 'Storgata 1\n8006 Bodø',
      accessibility: [
        'Trinnfri inngang fra Storgata, med automatisk dør.',
        'Teleslynge i store sal.',
        'Tilrettelagt toalett i hver etasje.',
        'Tegnspråktolk på scenen begge dager.',
      ],
    },
    organiser: 'Digitaliseringsdirektoratet',
    registration: { deadline: '2027-09-15T23:59:00+02:00', placesLeft: 140 },
    language: 'nb',
  },
  {
    id: 'frokostmote-klarsprak',
    title: 'Frukostmøte: klarspråk i vedtaksbrev',
    summary: 'Ein time om korleis NAV skreiv om dei ti vanlegaste breva saman med mottakarane.',
    href: '/arrangementer/frukostmote-klarsprak',
    start: '2027-01-14T08:00:00+01:00',
    end: '2027-01-14T09:00:00+01:00',
    attendance: 'in-person',
    venue: { name: 'Bergen offentlege bibliotek', address: 'Strømgaten 6, 5015 Bergen' },
    registration: { placesLeft: 3 },
    language: 'nn',
  },
  {
    id: 'webinar-data-reuse',
    title: 'Webinar: reusing data people have already given',
    href: '/en/events/webinar-data-reuse',
    start: '2027-06-10T13:00:00+02:00',
    end: '2027-06-10T14:30:00+02:00',
    attendance: 'online',
    registration: { placesLeft: 0, waitingList: true },
    language: 'en',
  },
];
