// Run with `node --test scripts/lib/`: the tarball rules on small made-up packages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tarballProblems } from './tarball-contents.mjs';

const pkg = JSON.stringify({
  exports: {
    '.': { types: './dist/index.d.ts', import: './dist/index.js' },
    './css/*.css': './dist/css/*.css',
  },
});

test('a README and files reached from the exports pass', () => {
  const problems = tarballProblems({
    'package.json': pkg,
    'README.md': '# x',
    'dist/index.js': "export * from './chunk.js';",
    'dist/chunk.js': 'export const a = 1;',
    'dist/index.d.ts': "export { Button } from './button/index.js';",
    'dist/button/index.d.ts': "export * from './Button.js';",
    'dist/button/Button.d.ts': 'export declare const Button: 1;',
    'dist/css/default.css': ':root{}',
  });
  assert.deepEqual(problems, []);
});

test('a missing README fails', () => {
  const problems = tarballProblems({
    'package.json': pkg,
    'dist/index.js': '',
    'dist/index.d.ts': '',
  });
  assert.deepEqual(problems, ['no README.md']);
});

test('a type file of a story helper that nothing exports leads to fails', () => {
  const problems = tarballProblems({
    'package.json': pkg,
    'README.md': '',
    'dist/index.js': '',
    'dist/index.d.ts': '',
    'dist/story-helpers.d.ts': "import type { Meta } from '@storybook/react';",
  });
  assert.deepEqual(problems, [
    'dist/story-helpers.d.ts is shipped but nothing the package exports leads to it',
  ]);
});

test('a story, guide or Storybook import fails even when an export leads to it', () => {
  const problems = tarballProblems({
    'package.json': pkg,
    'README.md': '',
    'dist/index.js': "export * from './guides/Theming.stories.js'; export * from './helper.js';",
    'dist/guides/Theming.stories.js': 'export const a = 1;',
    'dist/helper.js': "import { expect } from 'storybook/test'; export const b = expect;",
    'dist/index.d.ts': '',
  });
  assert.deepEqual(problems, [
    'dist/guides/Theming.stories.js is a story, test, guide or fixture',
    'dist/helper.js imports Storybook',
  ]);
});
