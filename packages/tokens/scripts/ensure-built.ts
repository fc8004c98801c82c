// Tests that run the built package (the samskap-theme command, static pages) call this first,
// so they never test a stale dist/. Two test files may ask at once; a lock directory makes the
// second wait for the first build instead of emptying dist/ under it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const tokensDir = resolve(import.meta.dirname, '..');
export const cliPath = join(tokensDir, 'dist', 'cli.js');
export const cssDir = join(tokensDir, 'dist', 'css');

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function fresh(): boolean {
  const marker = join(cssDir, 'designsystemet.css');
  if (!existsSync(cliPath) || !existsSync(marker)) return false;
  const built = Math.min(statSync(cliPath).mtimeMs, statSync(marker).mtimeMs);
  return built >= newest(join(tokensDir, 'src')) && built >= newest(join(tokensDir, 'scripts'));
}

export function ensureTokensBuilt(): void {
  const lock = join(tokensDir, '.build-lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (fresh()) return;
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is stale after two minutes.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 120_000) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}`);
      execFileSync(process.execPath, ['-e', 'setTimeout(() => {}, 250)']);
    }
  }
  try {
    if (!fresh()) execFileSync('pnpm', ['run', 'build'], { cwd: tokensDir, stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
