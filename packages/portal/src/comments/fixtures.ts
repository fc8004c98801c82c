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

const names = [
  'Kari Nordmann',
  'Ola Normann',
  'Anne Berg',
  'Per Hansen',
  'Ingrid Olsen',
  'Nils Dahl',
];
const bodies = [
  'Dette er et godt forslag.',
  'Eg er usamd. Kva med dei som bur langs vegen?',
  'Har dere tenkt på skoleveien?\nDet er mange barn her om morgenen.',
  'Se https://www.regjeringen.no for mer om ordningen.',
  'I support this, but the timeline seems short.',
];

/**
 * A large thread for the performance story: `count` comments, a third of them replies at any
 * depth, timed over the last weeks. Deterministic, so runs compare.
 */
export function manyComments(count: number, now: number = Date.now()): PortalComment[] {
  const out: PortalComment[] = [];
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  for (let i = 0; i < count; i++) {
    const reply = i > 0 && random() < 0.35;
    out.push({
      id: `m${i}`,
      ...(reply ? { parentId: `m${Math.floor(random() * i)}` } : {}),
      author: { id: `u${i % 40}`, name: names[i % names.length] as string },
      body: bodies[i % bodies.length] as string,
      createdAt: new Date(now - (count - i) * 17 * 60_000).toISOString(),
      status: 'published',
      votes: { up: Math.floor(random() * 20), down: Math.floor(random() * 5) },
    });
  }
  return out;
}
