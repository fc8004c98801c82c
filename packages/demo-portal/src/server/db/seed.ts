import { sampleArticles, sampleCases, sampleEvents } from '@samskap/portal/sample-data';
import { articleBodies } from './article-bodies.js';
import type { Db } from './open.js';
import { articles, cases, comments, events } from './schema.js';

const HOUR = 3_600_000;

/** A few comments so that a case page shows a conversation before anyone writes. */
function seedComments(now: number) {
  const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR);
  return [
    {
      id: 'seed-1',
      caseId: 'bodo-bestill-buss',
      authorName: 'Ingrid Pedersen',
      body: 'Vi bor 12 km fra sentrum og har brukt bestillingsbussen hver uke siden i fjor. Den kommer når den skal.',
      alignment: 'for',
      language: 'nb',
      createdAt: at(50),
    },
    {
      id: 'seed-2',
      caseId: 'bodo-bestill-buss',
      parentId: 'seed-1',
      authorName: 'Tor Eriksen',
      authorRole: 'official',
      authorOrganisation: 'Nordland fylkeskommune',
      body: 'Takk! Vi utvider ordningen til to nye grender fra neste rutetermin.',
      language: 'nb',
      createdAt: at(30),
    },
    {
      id: 'seed-3',
      caseId: 'voss-heimetenester',
      authorName: 'Sigrid Lunde',
      body: 'Mor mi fekk same heimehjelpar tre gonger på rad. Det gjorde mykje for henne.',
      alignment: 'for',
      language: 'nn',
      createdAt: at(20),
    },
  ].map((c) => ({
    authorEmail: 'seed@example.org',
    clientId: 'seed',
    status: 'published',
    parentId: null,
    authorRole: 'citizen',
    authorOrganisation: null,
    alignment: null,
    ...c,
  }));
}

/**
 * Puts the sample cases, articles, events and a few comments in place. Safe on every start: rows that are already
 * there are left as they are, so nothing a person wrote is touched.
 */
export async function seed(db: Db): Promise<void> {
  await db
    .insert(cases)
    .values(
      sampleCases.map((record, position) => ({
        id: record.id,
        position,
        record,
        featured: position < 3,
      })),
    )
    .onConflictDoNothing();
  await db.insert(comments).values(seedComments(Date.now())).onConflictDoNothing();
  await db
    .insert(articles)
    .values(
      sampleArticles.map((record, position) => ({
        id: record.id,
        position,
        record: { ...record, body: articleBodies[record.id] ?? [] },
      })),
    )
    .onConflictDoNothing();
  await db
    .insert(events)
    .values(sampleEvents.map((record, position) => ({ id: record.id, position, record })))
    .onConflictDoNothing();
}
