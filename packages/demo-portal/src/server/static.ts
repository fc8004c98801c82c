import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Serves the client build's hashed files under /assets/, cached for a year. */
export function serveAssets(clientDir: string): MiddlewareHandler {
  const root = normalize(clientDir);
  return async (c, next) => {
    const path = c.req.path;
    if (!path.startsWith('/assets/')) return next();
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(root + sep)) return c.notFound();
    try {
      const content = await readFile(file);
      c.header('Content-Type', types[extname(file)] ?? 'application/octet-stream');
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
      return c.body(content);
    } catch {
      return c.notFound();
    }
  };
}
