// Checks what users get: publint --strict and are-the-types-wrong on every public package's
// packed output. Fails on any problem. Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crossPackageProblems, markProblems } from './lib/client-marks.mjs';
import { packPublicPackages } from './lib/pack.mjs';
import { readTarball, tarballProblems } from './lib/tarball-contents.mjs';

const packages = ['tokens', 'i18n', 'react', 'portal'];
const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
let failed = 0;

for (const name of packages) {
  const dir = resolve(root, 'packages', name);
  if (!existsSync(resolve(dir, 'dist'))) {
    console.error(`@samskap/${name}: no dist/. Run \`pnpm build\` first.`);
    process.exit(1);
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

// "use client" on exactly the modules that need React in the browser, so a Next.js server
// component can call the plain functions (these files among them) and render the components.
const mustStayPlain = {
  tokens: ['index.js'],
  i18n: ['index.js'],
  react: ['index.js', 'conformance/index.js'],
  portal: [
    'index.js',
    'cases/filter.js',
    'cases/search-params.js',
    'sample-data/index.js',
    'conformance/index.js',
  ],
};
const built = Object.fromEntries(
  packages.map((name) => {
    const dist = resolve(root, 'packages', name, 'dist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
    return [
      `@samskap/${name}`,
      new Map(
        files
          .filter((f) => f.endsWith('.js'))
          .map((f) => [f.split('\\').join('/'), readFileSync(join(dist, f), 'utf8')]),
      ),
    ];
  }),
);
for (const name of packages) {
  const modules = built[`@samskap/${name}`];
  const problems = [
    ...markProblems(modules, mustStayPlain[name]),
    ...crossPackageProblems(modules, built),
  ];
  if (problems.length === 0) console.log(`@samskap/${name} "use client" marks: ok`);
  else {
    failed++;
    console.error(`@samskap/${name} "use client" marks: FAILED\n  ${problems.join('\n  ')}`);
  }
}

// i18next is an optional peer (decision 23): no built module or type file may import it, or an
// app without it would fail to load or to typecheck.
for (const name of packages) {
  const dist = resolve(root, 'packages', name, 'dist');
  const importers = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(js|d\.ts)$/.test(f))
    .filter((f) =>
      /(?:from|import)\s*\(?\s*["']i18next(?:\/[^"']*)?["']/.test(
        readFileSync(join(dist, f), 'utf8'),
      ),
    );
  if (importers.length === 0) console.log(`@samskap/${name} without i18next: ok`);
  else {
    failed++;
    console.error(
      `@samskap/${name} imports i18next, an optional peer: FAILED\n  ${importers.join('\n  ')}`,
    );
  }
}

// What the tarballs hold: a README each, and no type file without its code.
const packs = mkdtempSync(join(tmpdir(), 'samskap-packs-'));
try {
  for (const [name, tarball] of Object.entries(packPublicPackages(packs))) {
    const problems = tarballProblems(readTarball(tarball));
    if (problems.length === 0) console.log(`${name} tarball: ok`);
    else {
      failed++;
      console.error(`${name} tarball: FAILED\n  ${problems.join('\n  ')}`);
    }
  }
} finally {
  rmSync(packs, { recursive: true, force: true });
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
console.log(`${packages.length * 4 + 1} passed, 0 failed`);
