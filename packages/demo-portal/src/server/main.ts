// The production server: `node dist/server/main.js` after `vite build` (see package.json).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from './app.js';
import { openDb } from './db/open.js';
import { type DocumentAssets, renderDocument } from './render.js';
import { serveAssets } from './static.js';

const packageRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const clientDir = resolve(packageRoot, 'dist/client');

/** The client entry and what it imports, from Vite's manifest. */
function readAssets(): DocumentAssets {
  const manifest = JSON.parse(
    readFileSync(resolve(clientDir, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;
  const entry = manifest['src/entry-client.tsx'];
  if (!entry) throw new Error('The client build has no entry; run the build first');
  const preloads = (entry.imports ?? [])
    .map((key) => manifest[key]?.file)
    .filter((f): f is string => !!f)
    .map((f) => `<link rel="modulepreload" href="/${f}">`)
    .join('');
  return {
    head: preloads,
    body: `<script type="module" src="/${entry.file}"></script>`,
  };
}

const env = (name: string, fallback: number) => {
  const n = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
};

const started = Date.now();
const assets = readAssets();
const opened = await openDb({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.DATA_DIR || resolve(packageRoot, '.data/pglite'),
  migrationsFolder: resolve(packageRoot, 'drizzle'),
});

const portal = createApp({
  db: opened.db,
  render: (data, origin) => renderDocument(data, origin, assets),
  commentsPerClient: env('COMMENTS_PER_CLIENT', 5),
  commentsPerAddress: env('COMMENTS_PER_ADDRESS', 30),
  formsPerClient: env('FORMS_PER_CLIENT', 5),
});
const app = new Hono();
app.use(serveAssets(clientDir));
app.route('/', portal);

const hostname = process.env.HOST || '127.0.0.1';
const server = serve({ fetch: app.fetch, port: env('PORT', 3000), hostname }, (info) => {
  const host = hostname === '127.0.0.1' || hostname === '0.0.0.0' ? 'localhost' : hostname;
  console.log(
    `Samskap demo portal: http://${host}:${info.port}/ (${opened.kind}: ${opened.location}, ready in ${Date.now() - started} ms)`,
  );
});

// A clean stop closes the database, so that the embedded one has written everything to its
// folder before the process ends.
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  // Open keep-alive connections would hold the process for their timeout: close them too.
  server.close();
  if ('closeAllConnections' in server) server.closeAllConnections();
  void opened.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
