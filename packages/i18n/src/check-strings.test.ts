import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The string-literal check lives in scripts/ (it guards packages/react and packages/portal);
// its test lives here, beside the strings it sends people to.
const repo = resolve(import.meta.dirname, '../../..');
const run = (...dirs: string[]) =>
  spawnSync(process.execPath, ['scripts/check-strings.mjs', ...dirs], {
    cwd: repo,
    encoding: 'utf8',
  });

describe('scripts/check-strings.mjs', () => {
  it('fails on a component with user-visible literals, naming each one', () => {
    const result = run('scripts/fixtures/check-strings/bad');
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((l) => l.includes('Greeting'));
    expect(lines).toEqual([
      'scripts/fixtures/check-strings/bad/Greeting.tsx:3:25  aria-label="Hilsen"',
      'scripts/fixtures/check-strings/bad/Greeting.tsx:4:11  JSX text "Hei,"',
      'scripts/fixtures/check-strings/bad/Greeting.tsx:5:43  title="Lukk"',
      'scripts/fixtures/check-strings/bad/Greeting.tsx:5:52  title="Åpne"',
      'scripts/fixtures/check-strings/bad/Greeting.tsx:6:10  JSX text {"Send"}',
    ]);
    // The same literals in a story are sample content, not built-in strings.
    expect(result.stderr).not.toContain('Greeting.stories.tsx');
  });

  it('passes translated text, punctuation, empty alt and marked exceptions', () => {
    const result = run('scripts/fixtures/check-strings/good');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('passes the component packages as they are', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
