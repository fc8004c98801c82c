// `pnpm dev` in this package: the portal with Vite's middleware (hot reload, source maps).
import { resolve } from 'node:path';
import { createServer } from 'vite';

const root = resolve(import.meta.dirname, '..');
const vite = await createServer({ root, server: { middlewareMode: true }, appType: 'custom' });
const { startDev } = await vite.ssrLoadModule('/src/server/dev.ts');
await startDev(vite, root, Number.parseInt(process.env.PORT ?? '', 10) || 5173);
