#!/usr/bin/env node
// Runs only the stories that keep an accessibility-tree record (`parameters: { a11yTree: true }`)
// in the three pairs that compare them (nb-light, nn-dark, en-light), with no other story check.
// `pnpm test:a11y-tree -u` rewrites the records after a change you meant; review the diff.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.stories.tsx') && readFileSync(path, 'utf8').includes('a11yTree'))
      files.push(relative(root, path));
  }
};
walk(join(root, 'packages'));

const projects = ['stories-nb-light', 'stories-nn-dark', 'stories-en-light'].flatMap((p) => [
  '--project',
  p,
]);
const result = spawnSync(
  'pnpm',
  ['exec', 'vitest', 'run', ...projects, ...files, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, SK_STORY_CHECKS: 'a11y-tree' } },
);
process.exit(result.status ?? 1);
