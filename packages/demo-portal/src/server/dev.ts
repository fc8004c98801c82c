import { createServer as createHttpServer } from 'node:http';
import { resolve } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import type { ViteDevServer } from 'vite';
import type { PageData } from '../app/types.js';
import { createApp } from './app.js';
import { openDb } from './db/open.js';

/**
 * Development: Vite serves the client with hot reload and loads the renderer afresh for every
 * page, so an edit shows on the next reload without a restart. Loaded by scripts/dev.mjs.
 */
export async function startDev(vite: ViteDevServer, root: string, port: number): Promise<void> {
  const opened = await openDb({
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: process.env.DATA_DIR || resolve(root, '.data/pglite'),
    migrationsFolder: resolve(root, 'drizzle'),
  });
  const render = async (data: PageData, origin: string, url: string) => {
    const mod = (await vite.ssrLoadModule(
      '/src/server/render.tsx',
    )) as typeof import('./render.js');
    const html = mod.renderDocument(data, origin, {
      head: '',
      body: '<script type="module" src="/src/entry-client.tsx"></script>',
    });
    return vite.transformIndexHtml(url, html);
  };
  const app = createApp({ db: opened.db, render });
  const listener = getRequestListener(app.fetch);
  const server = createHttpServer((req, res) => {
    vite.middlewares(req, res, () => void listener(req, res));
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`Samskap demo portal (dev): http://localhost:${port}/ (${opened.kind})`);
  });
}
