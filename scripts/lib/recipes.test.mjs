// Run with `node --test scripts/lib/`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { ownCheck, parseRecipe } from './recipes.mjs';

const fence = '```';

test('a recipe gives its install line and the files of its code blocks, brackets and all', () => {
  const md = `# x\n\n${fence}sh\npnpm add next react\n${fence}\n\n${fence}tsx file=app/[locale]/page.tsx\nexport default 1;\n${fence}\n\n${fence}tsx\nnot a file\n${fence}\n`;
  assert.deepEqual(parseRecipe(md), {
    packages: ['next', 'react'],
    files: [{ file: 'app/[locale]/page.tsx', code: 'export default 1;\n' }],
  });
});

test('a recipe with a check of its own names the script, and other recipes name none', () => {
  assert.equal(
    ownCheck('# x\n<!-- checked by scripts/next-check.mjs -->\n'),
    'scripts/next-check.mjs',
  );
  assert.equal(ownCheck('# x\n<!-- checked by something else -->\n'), undefined);
});

test('the Next.js recipe is checked by the Next.js check and has its app and pages files', () => {
  const md = readFileSync(resolve(import.meta.dirname, '../../docs/recipes/nextjs.md'), 'utf8');
  assert.equal(ownCheck(md), 'scripts/next-check.mjs');
  const files = parseRecipe(md).files.map((f) => f.file);
  assert.ok(files.includes('app/[locale]/page.tsx'));
  assert.ok(files.includes('pages/_document.tsx'));
});
