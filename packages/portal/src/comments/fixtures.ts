import type { PortalComment } from './model.js';

const HOUR = 3_600_000;

/**
 * Sample comments for stories and tests, timed relative to `now` so relative times read the same
 * on any day. Not exported from the package.
 */
export function sampleComments(now: number = Date.now()): PortalComment[] {
  const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR).toISOString();
  return [
    {
      id: 'c1',
      author: { id: 'u-kari', name: 'Kari Nordmann' },
      body: 'Kjempebra at det kommer gang- og sykkelvei her.\nMen hva skjer med bussholdeplassen?',
      createdAt: at(26),
      status: 'published',
      alignment: 'for',
      votes: { up: 12, down: 1 },
    },
    {
      id: 'c2',
      parentId: 'c1',
      author: {
        id: 'u-svv',
        name: 'Per Hansen',
        role: 'official',
        organisation: 'Statens vegvesen',
      },
      body: 'Bussholdeplassen flyttes 50 meter nordover. Se planen på https://www.vegvesen.no/vegprosjekter.',
      createdAt: at(20),
      editedAt: at(19),
      status: 'published',
      votes: { up: 8, down: 0 },
    },
    {
      id: 'c3',
      parentId: 'c2',
      author: { id: 'u-ola', name: 'Ola Normann' },
      body: 'Takk for svar! Då veit eg det.',
      createdAt: at(18),
      status: 'published',
      language: 'nn',
      votes: { up: 2, down: 0, mine: 'up' },
    },
    {
      id: 'c4',
      author: { id: 'u-anne', name: 'Anne Berg' },
      body: 'Jeg er imot. Det blir for mye trafikk i boligområdet.',
      createdAt: at(5),
      status: 'published',
      alignment: 'against',
      votes: { up: 3, down: 4 },
    },
  ];
}
