// The two README commands (`npm start`, `npm test`) go through here, so that they work on a
// machine with only Node 20 and npm: this gets the pinned pnpm, installs the workspace, finds
// or installs Chromium for the browser tests, then runs the real script with pnpm.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const task = process.argv[2];
const tasks = { storybook: 'storybook', test: 'verify', demo: 'demo:start' };
if (!tasks[task]) {
  console.error(`usage: node scripts/bootstrap.mjs <${Object.keys(tasks).join('|')}>`);
  process.exit(2);
}

const { packageManager } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const pnpmVersion = packageManager.replace(/^pnpm@/, '');
const env = { ...process.env };

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function output(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

// 1. pnpm, the pinned version. corepack is not relied on (its signature check fails here).
if (output('pnpm', ['--version']) !== pnpmVersion) {
  const tools = resolve(root, '.tools');
  const bin = resolve(tools, 'node_modules/.bin');
  if (!existsSync(resolve(bin, 'pnpm'))) {
    console.log(`Getting pnpm ${pnpmVersion} into .tools/ ...`);
    const npm = resolve(dirname(process.execPath), 'npm');
    const status = run(existsSync(npm) ? npm : 'npm', [
      'install',
      '--no-save',
      '--no-package-lock',
      '--prefix',
      tools,
      `pnpm@${pnpmVersion}`,
    ]);
    if (status !== 0) process.exit(status);
  }
  env.PATH = `${bin}${delimiter}${env.PATH}`;
}

// 2. The workspace, exactly as locked.
let status = run('pnpm', ['install', '--frozen-lockfile']);
if (status !== 0) process.exit(status);

// 3. Chromium for the story tests: CHROMIUM_PATH, else Debian's; install it when we can.
if (task === 'test') {
  const chromium = env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && output('sh', ['-c', 'command -v apt-get'])) {
      console.log('Chromium not found: installing Debian chromium with apt-get ...');
      status = run('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium']);
      if (status !== 0 || !existsSync('/usr/bin/chromium')) {
        console.error('Installing Chromium with apt-get failed.');
        process.exit(1);
      }
    } else {
      console.error(
        [
          `No Chromium at ${chromium}. The story tests run every story in a real Chromium.`,
          'Install it (Debian/Ubuntu: `sudo apt-get install chromium`), or point CHROMIUM_PATH',
          'at a Chromium or Chrome binary, then run `npm test` again.',
        ].join('\n'),
      );
      process.exit(1);
    }
  }
}

// 4. PostgreSQL's server programs for the portal's data tests, which run against a throwaway
// cluster as well as the embedded database: Debian's package, installed when we can.
if (task === 'test') {
  const hasPostgres =
    !!env.PG_BIN ||
    (existsSync('/usr/lib/postgresql') &&
      readdirSync('/usr/lib/postgresql').some((v) =>
        existsSync(resolve('/usr/lib/postgresql', v, 'bin/initdb')),
      ));
  if (!hasPostgres) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && output('sh', ['-c', 'command -v apt-get'])) {
      console.log('PostgreSQL not found: installing Debian postgresql with apt-get ...');
      // The package's own cluster is not needed: the tests start theirs in a temp folder.
      status = run('sh', [
        '-c',
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql && (service postgresql stop >/dev/null 2>&1 || true)',
      ]);
      if (status !== 0) {
        console.error('Installing PostgreSQL with apt-get failed.');
        process.exit(1);
      }
    } else if (env.CI) {
      console.error(
        'No PostgreSQL server programs (initdb, pg_ctl). Install Debian/Ubuntu `postgresql`, or point PG_BIN at its bin folder.',
      );
      process.exit(1);
    } else {
      console.warn('No PostgreSQL found: the portal data tests run on the embedded database only.');
    }
  }
}

// 5. The real work.
process.exit(run('pnpm', ['run', tasks[task]]));
