import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

/** Builds the demo portal and serves it on a free loopback port for the end-to-end tests. */
export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../packages/demo-portal');
  // Built in its own process: inside vitest (NODE_ENV=test) Vite would bundle React's
  // development build, and the end-to-end tests must see what users get.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.VITEST;
  execFileSync(process.execPath, [resolve(root, '../../node_modules/vite/bin/vite.js'), 'build'], {
    cwd: root,
    env,
    stdio: 'pipe',
  });
  const server = await preview({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The demo preview server did not start');
  project.provide('demoUrl', url);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
  }
}
