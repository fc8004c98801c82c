import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { resolve } from 'node:path';

export const portalRoot = resolve(import.meta.dirname, '../packages/demo-portal');

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createNetServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The built portal (`node dist/server/main.js`) as a child process that tests can stop. */
export class PortalProcess {
  private child: ChildProcess | undefined;
  private port = 0;
  url = '';

  constructor(
    readonly name: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  async start(): Promise<string> {
    if (this.child) return this.url;
    const child = spawn(process.execPath, ['dist/server/main.js'], {
      cwd: portalRoot,
      env: { ...process.env, NODE_ENV: 'production', ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let log = '';
    this.url = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => {
        // Not left running: the run that gave up on it would never stop it.
        child.kill('SIGKILL');
        fail(new Error(`${this.name} did not start:\n${log}`));
      }, 170_000);
      const onData = (chunk: Buffer) => {
        log += chunk.toString();
        const match = /http:\/\/localhost:(\d+)\//.exec(log);
        if (match) {
          clearTimeout(timer);
          done(`http://127.0.0.1:${match[1]}/`);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`${this.name} exited with ${code}:\n${log}`));
      });
    }).catch((error: unknown) => {
      this.child = undefined;
      throw error;
    });
    // The same port after a restart, so that an open page reaches the server again.
    this.port = Number(new URL(this.url).port);
    return this.url;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    if (child.exitCode !== null) return;
    await new Promise<void>((done) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.once('exit', () => {
        clearTimeout(timer);
        done();
      });
      child.kill('SIGTERM');
    });
  }
}

/**
 * A small HTTP server through which tests, which run in other processes, stop and start the
 * portals: `POST /<name>/stop`, `/<name>/start`, `/<name>/restart`.
 */
export async function startControl(portals: Map<string, PortalProcess>) {
  const server = createServer(async (req, res) => {
    const [, name, action] = (req.url ?? '').split('/');
    const portal = portals.get(name ?? '');
    try {
      if (!portal || req.method !== 'POST') throw new Error('unknown');
      if (action === 'stop' || action === 'restart') await portal.stop();
      if (action === 'start' || action === 'restart') await portal.start();
      res.writeHead(200).end(portal.url);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
