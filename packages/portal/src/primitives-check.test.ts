import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The check lives in scripts/ and runs in `pnpm verify`; its test lives here, beside the code it
// guards.
const repo = resolve(import.meta.dirname, '../../..');
const run = (...dirs: string[]) =>
  spawnSync(process.execPath, ['scripts/check-portal-primitives.mjs', ...dirs], {
    cwd: repo,
    encoding: 'utf8',
  });

describe('scripts/check-portal-primitives.mjs', () => {
  it('fails on every raw control (a hidden input too), alert box, styled heading and heading tag map, by line', () => {
    const result = run('scripts/fixtures/check-portal-primitives/bad');
    expect(result.status).toBe(1);
    const file = 'scripts/fixtures/check-portal-primitives/bad/Raw.tsx';
    for (const place of [
      `${file}:3:15  styled.h2`,
      `${file}:6:19  'h2'`,
      `${file}:14:7  <select`,
      `${file}:15:7  <textarea`,
      `${file}:16:7  <input`,
      `${file}:17:7  <input`,
      `${file}:18:10  role="alert"`,
    ]) {
      expect(result.stderr).toContain(place);
    }
  });

  it('passes markup built from the primitives, comments that name raw tags included', () => {
    const result = run('scripts/fixtures/check-portal-primitives/good');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('passes the portal as it is', () => {
    expect(run().status).toBe(0);
  });
});
