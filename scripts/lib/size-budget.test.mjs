// Run with `node --test scripts/lib/`.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkBudget, entryFiles, gzipSize } from './size-budget.mjs';

// An entry of about the portal's size: repetitive code, the way real modules compress.
const entry = Buffer.from(
  Array.from({ length: 4000 }, (_, i) => `export const c${i} = styled.div\`gap:${i}px\`;`).join(
    '\n',
  ),
);

test('a figure at or under its budget passes and says both numbers', () => {
  const bytes = gzipSize([entry]);
  const verdict = checkBudget('@samskap/portal', bytes, bytes);
  assert.equal(verdict.ok, true);
  assert.match(verdict.message, /kB gzip \(budget .* kB\)/);
});

test('the same entry with 5 kB more fails its budget, with the figure, the budget and the excess', () => {
  const bytes = gzipSize([entry]);
  const budget = Math.ceil((bytes * 1.03) / 100) * 100;
  const grown = gzipSize([entry, randomBytes(5000)]);
  assert.ok(grown - bytes >= 5000, 'incompressible bytes add their own size');
  const verdict = checkBudget('@samskap/portal', grown, budget);
  assert.equal(verdict.ok, false);
  assert.match(
    verdict.message,
    /^@samskap\/portal: [\d.]+ kB gzip is over its budget of [\d.]+ kB by [\d.]+ kB$/,
  );
});

test('an entry counts the modules it imports, relative ones only, each once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'size-budget-'));
  try {
    writeFileSync(
      join(dir, 'index.js'),
      "export * from './a.js';\nimport './b.js';\nimport 'react';",
    );
    writeFileSync(join(dir, 'a.js'), "import { b } from './b.js';\nexport const a = b;");
    writeFileSync(join(dir, 'b.js'), 'export const b = 1;');
    writeFileSync(join(dir, 'unused.js'), 'export const u = 1;');
    const files = entryFiles(join(dir, 'index.js')).map((f) => f.slice(dir.length + 1));
    assert.deepEqual(files, ['a.js', 'b.js', 'index.js']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
