// Run with `node --test scripts/lib/`.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { budgetsFor, checkBudget, entryFiles, gzipSize, rawSize } from './size-budget.mjs';

// An entry of about the portal's size: repetitive code, the way real modules compress.
const entry = Buffer.from(
  Array.from({ length: 4000 }, (_, i) => `export const c${i} = styled.div\`gap:${i}px\`;`).join(
    '\n',
  ),
);

const measure = (chunks) => ({ gzip: gzipSize(chunks), raw: rawSize(chunks) });

test('a figure at or under its budget passes and says both numbers of both kinds', () => {
  const figure = measure([entry]);
  const verdict = checkBudget('@samskap/portal', figure, figure);
  assert.equal(verdict.ok, true);
  assert.match(verdict.message, /kB gzip \(budget .* kB\), [\d.]+ kB as built \(budget .* kB\)$/);
});

test('the same entry with 5 kB of incompressible bytes fails its gzip budget, with the figure, the budget and the excess', () => {
  const budget = budgetsFor(measure([entry]));
  const grown = measure([entry, randomBytes(5000)]);
  const verdict = checkBudget('@samskap/portal', grown, budget);
  assert.equal(verdict.ok, false);
  assert.match(
    verdict.message,
    /^@samskap\/portal: [\d.]+ kB gzip is over its budget of [\d.]+ kB by [\d.]+ kB/,
  );
});

test('the same entry with 5 kB of ordinary code fails its budget on the bytes as built, though its gzip stays within 3%', () => {
  const figure = measure([entry]);
  const budget = budgetsFor(figure);
  // More of the same kind of code: it compresses to a fraction of its size.
  const more = Buffer.from(
    Array.from({ length: 120 }, (_, i) => `export const d${i} = styled.p\`margin:${i}px\`;`).join(
      '\n',
    ),
  ).subarray(0, 5000);
  assert.equal(more.length, 5000);
  const grown = measure([entry, more]);
  assert.ok(grown.gzip <= budget.gzip, 'gzip alone would not notice these 5 kB');
  const verdict = checkBudget('@samskap/portal', grown, budget);
  assert.equal(verdict.ok, false);
  assert.match(
    verdict.message,
    /^@samskap\/portal: [\d.]+ kB as built is over its budget of [\d.]+ kB by [\d.]+ kB$/,
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
