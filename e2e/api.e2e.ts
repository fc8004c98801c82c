import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { databases, portalUrl } from './browser.ts';

const post = (db: string, path: string, body: unknown, client: string, language = 'nb') =>
  fetch(portalUrl(path, db), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': language,
      cookie: `portal-client=${client}`,
    },
    body: JSON.stringify(body),
  });

const comments = async (db: string, caseId: string, client: string) =>
  (await (
    await fetch(portalUrl(`/api/cases/${caseId}/comments`, db), {
      headers: { cookie: `portal-client=${client}` },
    })
  ).json()) as { id: string; body: string; status: string }[];

describe.each(databases())('API on %s', (db) => {
  it('validates on the server with the form limits and answers field errors in the language asked for', async () => {
    const client = randomUUID();
    const empty = await post(db, '/api/cases/bodo-bestill-buss/comments', {}, client, 'nn');
    expect(empty.status).toBe(422);
    expect(await empty.json()).toEqual({
      fieldErrors: {
        name: 'Skriv namnet ditt',
        email: 'Skriv e-postadressa di',
        body: 'Skriv ein kommentar',
      },
    });
    const long = await post(
      db,
      '/api/cases/bodo-bestill-buss/comments',
      { name: 'A', email: 'a@b.no', body: 'å'.repeat(1001) },
      client,
      'en',
    );
    expect(long.status).toBe(422);
    expect((await long.json()).fieldErrors.body).toMatch(/1000.*1001/);
    // 1000 characters, counted as a person sees them, is allowed.
    const justRight = await post(
      db,
      '/api/cases/bodo-bestill-buss/comments',
      { name: 'A', email: 'a@b.no', body: '😀'.repeat(1000) },
      client,
    );
    expect(justRight.status).toBe(201);
  });

  it('stores a new comment as pending, shows it to its writer only, and never returns an email', async () => {
    const writer = randomUUID();
    const body = `Lagret via API ${randomUUID()}`;
    const created = await post(
      db,
      '/api/cases/voss-heimetenester/comments',
      { name: 'Kari', email: 'kari@example.org', body, alignment: 'for' },
      writer,
    );
    expect(created.status).toBe(201);
    const { comment } = await created.json();
    expect(comment).toMatchObject({ body, status: 'pending', alignment: 'for' });
    expect(JSON.stringify(comment)).not.toContain('kari@example.org');

    const own = await comments(db, 'voss-heimetenester', writer);
    expect(own.find((c) => c.id === comment.id)?.body).toBe(body);
    expect(JSON.stringify(own)).not.toContain('@example.org');
    const others = await comments(db, 'voss-heimetenester', randomUUID());
    expect(others.some((c) => c.id === comment.id)).toBe(false);
    expect(others.length).toBeGreaterThan(0);

    // Votes and reports are stored against an existing comment only.
    expect((await post(db, `/api/comments/seed-3/vote`, { vote: 'up' }, writer)).status).toBe(204);
    const voted = await comments(db, 'voss-heimetenester', writer);
    expect(voted.find((c) => c.id === 'seed-3')).toMatchObject({ votes: { mine: 'up' } });
    expect((await post(db, '/api/comments/nope/vote', { vote: 'up' }, writer)).status).toBe(404);
    const report = { reason: 'spam', details: 'Reklame' };
    expect((await post(db, '/api/comments/seed-3/reports', report, writer)).status).toBe(204);
    expect((await post(db, '/api/comments/seed-3/reports', { reason: 'x' }, writer)).status).toBe(
      422,
    );
  });

  it('rate-limits posting per browser', async () => {
    const client = randomUUID();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await post(
        db,
        '/api/cases/nav-klarsprak-vedtak/comments',
        { name: 'Rask', email: 'rask@example.org', body: `Nummer ${i}` },
        client,
      );
      statuses.push(r.status);
      if (r.status === 429) {
        expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
        expect((await r.json()).fieldErrors.body).toContain('Vent et minutt');
      }
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });
});

describe('API contract', () => {
  it('serves an OpenAPI document with the limits the components export', async () => {
    const doc = await (await fetch(portalUrl('/api/openapi.json'))).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/cases/{caseId}/comments');
    expect(doc.components.schemas.NewComment.properties.body.description).toContain('1000');
  });
});
