import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, PortalProcess, portalRoot, startControl } from './portal.ts';
import { findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from './postgres.ts';

const repo = resolve(import.meta.dirname, '..');

/**
 * Builds the packages and the portal as users get them, then starts the portal on the embedded
 * database, and on a throwaway PostgreSQL server when one can be started (always in CI, where
 * scripts/bootstrap.mjs installs it). Each database also has a second portal of its own that
 * only the restart tests start, stop and start again, so that the other test files run on
 * meanwhile; it starts when those tests ask for it, not here.
 */
export default async function setup(project: TestProject) {
  // Built in their own processes: inside vitest (NODE_ENV=test) Vite would bundle React's
  // development build, and the end-to-end tests must see what users get.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.VITEST;
  if (!process.env.E2E_SKIP_BUILD) {
    execFileSync('pnpm', ['build'], { cwd: repo, env, stdio: 'pipe' });
    execFileSync('pnpm', ['build'], { cwd: portalRoot, env, stdio: 'pipe' });
  }

  const portals = new Map<string, PortalProcess>();
  // The embedded databases' folders are kept between runs: a first start takes a while.
  const dataDir = (name: string) => {
    const dir = resolve(repo, 'node_modules/.cache/samskap-e2e', name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  // Many posts come from one address in a test run; the per-browser limit stays as shipped.
  const limits = { COMMENTS_PER_ADDRESS: '10000' };
  portals.set('pglite', new PortalProcess('pglite', { DATA_DIR: dataDir('pglite'), ...limits }));
  portals.set(
    'pglite-restart',
    new PortalProcess('pglite-restart', { DATA_DIR: dataDir('pglite-restart'), ...limits }),
  );

  let postgres: ThrowawayPostgres | undefined;
  const bin = findPostgresBin();
  if (bin) {
    postgres = startThrowawayPostgres(bin, await freePort());
    portals.set(
      'postgres',
      new PortalProcess('postgres', { DATABASE_URL: postgres.url, ...limits }),
    );
    portals.set(
      'postgres-restart',
      new PortalProcess('postgres-restart', {
        DATABASE_URL: postgres.createDatabase('restart'),
        ...limits,
      }),
    );
  } else if (process.env.CI) {
    throw new Error('CI must test against a PostgreSQL server; none was found');
  } else {
    console.warn('No PostgreSQL server programs found: the data tests run on PGlite only.');
  }

  const stopAll = async () => {
    await Promise.all([...portals.values()].map((p) => p.stop()));
    postgres?.stop();
  };
  const shared = [...portals].filter(([name]) => !name.endsWith('-restart'));
  const started = Date.now();
  try {
    await Promise.all(shared.map(([, p]) => p.start()));
  } catch (error) {
    // Leave no server behind when one of them cannot start.
    await stopAll();
    throw error;
  }
  console.log(`e2e: portals started in ${Math.round((Date.now() - started) / 1000)} s`);
  const control = await startControl(portals);
  project.provide('portals', Object.fromEntries(shared.map(([k, p]) => [k, p.url])));
  project.provide('control', control.url);

  return async () => {
    control.close();
    await stopAll();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The portal's address per database: `pglite`, and `postgres` when a server ran. */
    portals: Record<string, string>;
    /** Stops and starts portals: POST `${control}/<name>/restart`. */
    control: string;
  }
}
