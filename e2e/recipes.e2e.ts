import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { databases, portalUrl } from './browser.ts';

// The case page recipe's client, taken from the recipe itself, against the real API. The
// recipe's own check runs it against a fake of the contract; this keeps the two honest.
const recipe = readFileSync(
  resolve(import.meta.dirname, '../docs/recipes/case-page-with-comments.md'),
  'utf8',
);
const client = /^```tsx file=src\/api\.ts\n([\s\S]*?)^```$/m.exec(recipe)?.[1];
if (!client) throw new Error('the recipe has no src/api.ts block');
const dir = mkdtempSync(join(tmpdir(), 'samskap-recipe-api-'));
writeFileSync(join(dir, 'api.ts'), client);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Api = {
  getCase(id: string): Promise<{ id: string; title: string }>;
  getComments(id: string): Promise<Array<{ id: string; status: string; author: { id?: string } }>>;
  postComment(
    id: string,
    submission: { name: string; email: string; body: string; remember: boolean },
    locale: string,
  ): Promise<
    | { comment: { id: string; status: string; author: { id?: string } } }
    | { fieldErrors: Record<string, string> }
  >;
};

describe.each(databases())('the case page recipe against the API on %s', (db) => {
  it('loads a case, gets the server field errors in the language asked for, and sees its own pending comment under a public author id that is not its cookie', async () => {
    const api = (await import(pathToFileURL(join(dir, 'api.ts')).href)) as Api;
    const reader = randomUUID();
    const realFetch = globalThis.fetch;
    // A browser sends the page's cookie with every same-origin request; here it is set by hand.
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      headers.set('cookie', `portal-client=${reader}`);
      return realFetch(portalUrl(input, db), { ...init, headers });
    });
    try {
      const found = await api.getCase('bodo-bestill-buss');
      expect(found.id).toBe('bodo-bestill-buss');
      expect(found.title.length).toBeGreaterThan(0);

      const rejected = await api.postComment(
        'bodo-bestill-buss',
        { name: 'Ola', email: 'ola@', body: 'Hei', remember: false },
        'nn',
      );
      expect(rejected).toEqual({
        fieldErrors: { email: 'Skriv e-postadressa i rett format, som namn@eksempel.no' },
      });

      const sent = await api.postComment(
        'bodo-bestill-buss',
        {
          name: 'Ola',
          email: 'ola@example.org',
          body: `Frå oppskrifta ${reader}`,
          remember: false,
        },
        'nn',
      );
      if (!('comment' in sent)) throw new Error(`not stored: ${JSON.stringify(sent)}`);
      expect(sent.comment.status).toBe('pending');
      // The recipe passes this id as CommentThread's currentUserId. It is derived from the
      // cookie one way, never the cookie itself: shown to others, the cookie would let anyone
      // act as this reader.
      expect(sent.comment.author.id).not.toContain(reader);
      expect(sent.comment.author.id).toMatch(/^[0-9a-f]{32}$/);
      const listed = await api.getComments('bodo-bestill-buss');
      const mine = listed.find((c) => c.id === sent.comment.id);
      expect(mine?.status).toBe('pending');
      expect(mine?.author.id).toBe(sent.comment.author.id);

      await expect(api.getCase('finst-ikkje')).rejects.toThrow(/404/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
