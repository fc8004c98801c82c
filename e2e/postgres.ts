import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where Debian puts PostgreSQL's server programs, newest version first. */
export function findPostgresBin(): string | undefined {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin/initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

export interface ThrowawayPostgres {
  url: string;
  /** Creates another database in the cluster; returns its URL. */
  createDatabase(name: string): string;
  stop(): void;
}

/**
 * A PostgreSQL cluster in a temporary folder, on a free port, listening on loopback only, with
 * trust authentication: a database server for one test run, gone afterwards. PostgreSQL refuses
 * to run as root, so as root it runs as the `postgres` user that Debian's package creates.
 */
export function startThrowawayPostgres(bin: string, port: number): ThrowawayPostgres {
  const dir = mkdtempSync(join(tmpdir(), 'samskap-pg-'));
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    chmodSync(dir, 0o777);
    execFileSync('chown', ['postgres:postgres', dir]);
  }
  const as = (cmd: string, args: string[]) => {
    const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
    const r = spawnSync(file, argv, { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) {
      throw new Error(`${cmd} failed: ${r.stderr || r.stdout || r.error?.message}`);
    }
  };
  const data = join(dir, 'data');
  as(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  as(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    createDatabase(name: string) {
      as(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', name]);
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop() {
      try {
        as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
