// Byte budgets on what users get: each public entry of the built packages, and the case page of
// packages/bench built with Vite as an app would build it. Fails with the figure and the budget
// when anything grows past its budget. Run after `pnpm build`. The budgets sit a little above
// the figures measured when they were set (scripts/size-budgets.json): when a change makes a
// package smaller, lower its budget with it; when a change must make it larger, raise the
// budget in the same commit and say why.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { budgetsFor, checkBudget, entryFiles, gzipSize, rawSize } from './lib/size-budget.mjs';

const root = resolve(import.meta.dirname, '..');
const budgets = JSON.parse(readFileSync(resolve(import.meta.dirname, 'size-budgets.json'), 'utf8'));

const entries = {
  '@samskap/tokens': 'packages/tokens/dist/index.js',
  '@samskap/tokens/css/default.css': 'packages/tokens/dist/css/default.css',
  '@samskap/i18n': 'packages/i18n/dist/index.js',
  '@samskap/react': 'packages/react/dist/index.js',
  '@samskap/portal': 'packages/portal/dist/index.js',
  '@samskap/portal/sample-data': 'packages/portal/dist/sample-data/index.js',
};

let failed = 0;
const figures = {};
for (const [name, file] of Object.entries(entries)) {
  const path = resolve(root, file);
  if (!existsSync(path)) {
    console.error(`${name}: ${file} is missing. Run \`pnpm build\` first.`);
    process.exit(1);
  }
  const chunks = entryFiles(path).map((f) => readFileSync(f));
  figures[name] = { chunks, gzip: gzipSize(chunks), raw: rawSize(chunks) };
}

// The case page, built the way the bench builds it (Vite for production, React external).
const { measureSize, sizeScenarios } = await import('../packages/bench/lib/size.mjs');
const { mkdtempSync, rmSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const out = mkdtempSync(resolve(tmpdir(), 'samskap-size-'));
try {
  for (const id of ['samskap-bundled', 'samskap-external']) {
    const scenario = sizeScenarios.find((s) => s.id === id);
    const size = await measureSize(scenario, out);
    figures[`case page (${id})`] = { gzip: size.total, raw: size.js + size.css };
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

// `node scripts/check-size.mjs --update` sets every budget a little above today's figure.
if (process.argv.includes('--update')) {
  for (const [name, figure] of Object.entries(figures)) {
    budgets[name] = budgetsFor(figure);
  }
  writeFileSync(
    resolve(import.meta.dirname, 'size-budgets.json'),
    `${JSON.stringify(budgets, null, 2)}\n`,
  );
  console.log('budgets updated in scripts/size-budgets.json');
}

for (const [name, figure] of Object.entries(figures)) {
  const budget = budgets[name];
  if (budget?.gzip === undefined || budget.raw === undefined) {
    failed++;
    console.error(
      `${name}: ${figure.gzip} bytes gzip, ${figure.raw} as built, and no gzip and raw budget in scripts/size-budgets.json`,
    );
    continue;
  }
  const verdict = checkBudget(name, figure, budget);
  if (!verdict.ok) failed++;
  (verdict.ok ? console.log : console.error)(verdict.message);
}

// The check must be able to fail. The portal entry with 5 kB more has to be over its budget,
// whatever those bytes are: incompressible ones (which add their own size to the gzip figure), and
// ordinary code (taken from another built package, so it compresses the way new code would, to a
// fraction of its size).
const portal = figures['@samskap/portal'];
const ordinary = Buffer.concat(figures['@samskap/react'].chunks).subarray(0, 5000);
for (const [kind, extra] of [
  ['incompressible', randomBytes(5000)],
  ['ordinary code', ordinary],
]) {
  const chunks = [...portal.chunks, extra];
  const grown = { gzip: gzipSize(chunks), raw: rawSize(chunks) };
  const selfTest = checkBudget(
    `@samskap/portal + 5 kB of ${kind}`,
    grown,
    budgets['@samskap/portal'],
  );
  if (selfTest.ok || extra.length < 5000) {
    failed++;
    console.error(
      `self-test: the portal entry with 5 kB of ${kind} more passed its budget (${selfTest.message})`,
    );
  } else {
    console.log(`self-test: ${selfTest.message}, so it fails as it should`);
  }
}

if (failed) {
  console.error(`${failed} size check(s) failed`);
  process.exit(1);
}
