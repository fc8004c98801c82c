// Checks what users get: publint --strict and are-the-types-wrong on every public package's
// packed output. Fails on any problem. Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const packages = ['tokens', 'i18n', 'react', 'portal'];
const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
let failed = 0;

// What users install must hold only the library: no story, test, fixture or story helper (they
// import Storybook and test tools, which are not dependencies), declarations of them included.
const notShipped = /(\.stories\.|\.test\.|story-helpers|(^|\/)fixtures?(\.|\/)|(^|\/)guides\/)/;
function* filesIn(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesIn(path);
    else yield path;
  }
}
/** The files under `dist` that must not ship. */
function unshippable(dist) {
  return [...filesIn(dist)].map((f) => relative(dist, f)).filter((f) => notShipped.test(f));
}

for (const name of packages) {
  const dir = resolve(root, 'packages', name);
  if (!existsSync(resolve(dir, 'dist'))) {
    console.error(`@samskap/${name}: no dist/. Run \`pnpm build\` first.`);
    process.exit(1);
  }
  const stray = unshippable(resolve(dir, 'dist'));
  if (stray.length) {
    failed++;
    console.error(
      `@samskap/${name} dist: FAILED, holds files that must not ship:\n  ${stray.join('\n  ')}`,
    );
  } else {
    console.log(`@samskap/${name} dist: no stories, tests, fixtures or story helpers`);
  }
  for (const [tool, args] of [
    ['publint', ['--strict', dir]],
    ['attw', ['--pack', dir, '--profile', 'esm-only', '--format', 'table-flipped']],
  ]) {
    try {
      const out = execFileSync(bin(tool), args, { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
      console.log(`@samskap/${name} ${tool}: ok`);
      if (process.env.VERBOSE) console.log(out);
    } catch (error) {
      failed++;
      console.error(`@samskap/${name} ${tool}: FAILED\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }
}

// Server rendering of the built React packages under Node's own loader.
try {
  const out = execFileSync(process.execPath, [resolve(root, 'scripts/ssr-check.mjs')], {
    encoding: 'utf8',
    stdio: 'pipe',
  });
  console.log(out.trim());
} catch (error) {
  failed++;
  console.error(`ssr-check: FAILED\n${error.stdout ?? ''}${error.stderr ?? ''}`);
}

if (failed) {
  console.error(`${failed} package check(s) failed`);
  process.exit(1);
}
console.log(`${packages.length * 3 + 1} passed, 0 failed`);
