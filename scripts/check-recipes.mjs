// Every recipe in docs/recipes/ is also a test, so the docs cannot rot. For each recipe this
// makes a scratch app outside the repo and installs, with pnpm's strict layout, exactly what the
// recipe's install line names (the public packages from their packed tarballs, everything else at
// the version this repo pins), writes the recipe's code blocks to the files they name, typechecks
// them, then builds and runs the recipe's check (docs/recipes/<name>.check.tsx) under Node.
// A recipe that imports a package its install line leaves out fails here, as it would for a
// reader.
//
// Recipe markdown:
//   ```sh                          the first `pnpm add ...` line is the install line
//   ```tsx file=src/CaseLibrary.tsx  a code block written to that file of the scratch app
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { missingFromInstallLine } from './lib/install-lines.mjs';
import { packPublicPackages, publicPackages } from './lib/pack.mjs';
import { ownCheck, parseRecipe, writeScratchApp } from './lib/recipes.mjs';

const root = resolve(import.meta.dirname, '..');
const recipesDir = join(root, 'docs/recipes');
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pinned = { ...rootPkg.devDependencies };
// What every TypeScript app has beside the recipe's own packages, and what runs the check.
const harness = ['@types/react', '@types/react-dom', 'vite', '@vitejs/plugin-react'];
// What a check (never the recipe) may import to drive the recipe in a DOM, installed only for the
// checks that import it. No @samskap package or peer is here, so a recipe that leaves one out of
// its install line still fails.
const checkOnly = ['jsdom', '@testing-library/dom', '@testing-library/user-event'];

const usesDom = (checkSource) => checkSource.includes("from './check-dom'");

/** The check-only packages a check imports, itself or through the shared check-dom.ts. */
export function checkHarness(checkSource) {
  const source = usesDom(checkSource)
    ? `${checkSource}\n${readFileSync(join(recipesDir, 'check-dom.ts'), 'utf8')}`
    : checkSource;
  const specs = [...source.matchAll(/\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/g)];
  const names = new Set(specs.map((m) => m[1] ?? m[2]));
  return checkOnly.filter((p) => names.has(p));
}

const sh = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: 'pipe', encoding: 'utf8', env: process.env });

function versionOf(name) {
  const v = pinned[name];
  if (!v) throw new Error(`no pinned version of ${name} in the root package.json`);
  return v;
}

function checkRecipe(name, tarballs, work) {
  const markdown = readFileSync(join(recipesDir, `${name}.md`), 'utf8');
  const { packages, files } = parseRecipe(markdown);
  if (packages.length === 0) throw new Error('no `pnpm add` install line');
  if (files.length === 0) throw new Error('no code block with file=...');
  const app = join(work, name);
  mkdirSync(app, { recursive: true });
  const deps = {};
  for (const p of packages) {
    if (tarballs[p]) deps[p] = `file:${tarballs[p]}`;
    else deps[p] = versionOf(p);
  }
  const checkFile = join(recipesDir, `${name}.check.tsx`);
  const checkSource = readFileSync(checkFile, 'utf8');
  const devDeps = Object.fromEntries(
    [...harness, ...checkHarness(checkSource)].map((p) => [p, versionOf(p)]),
  );
  writeScratchApp(app, {
    manifest: {
      name: `recipe-${name}`,
      private: true,
      type: 'module',
      dependencies: deps,
      devDependencies: devDeps,
    },
    tarballs,
    allowBuilds: { esbuild: true },
    files,
  });
  copyFileSync(checkFile, join(app, 'src/check.tsx'));
  // The DOM shared by the checks that drive a page as a reader would.
  if (usesDom(checkSource)) {
    copyFileSync(join(recipesDir, 'check-dom.ts'), join(app, 'src/check-dom.ts'));
  }
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        types: ['node'],
      },
      include: ['src'],
    }),
  );
  writeFileSync(
    join(app, 'vite.config.mjs'),
    "import react from '@vitejs/plugin-react';\nexport default { plugins: [react()], logLevel: 'error' };\n",
  );
  sh('pnpm', ['install', '--prefer-offline', '--reporter=silent'], app);
  // @types/node only for the check's own `process`; the recipe code itself must not need it.
  sh(
    'pnpm',
    [
      'add',
      '-D',
      '--prefer-offline',
      '--reporter=silent',
      `@types/node@${versionOf('@types/node')}`,
    ],
    app,
  );
  sh(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], app);
  sh(
    process.execPath,
    [
      join(app, 'node_modules/vite/bin/vite.js'),
      'build',
      '--ssr',
      'src/check.tsx',
      '--outDir',
      'dist-check',
    ],
    app,
  );
  // Node's own loader resolves the recipe's imports from the strict node_modules, so an import
  // of a package the install line leaves out fails here.
  return sh(process.execPath, [join(app, 'dist-check/check.js')], app).trim();
}

const only = process.argv.slice(2);
const names = readdirSync(recipesDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3))
  .filter((n) => only.length === 0 || only.includes(n));
// A recipe that needs more than Vite and Node (a Next.js build) names its own check script, which
// runs it in `pnpm test`; here it only gets the install-line check below.
const ownChecked = names.filter((n) => ownCheck(readFileSync(join(recipesDir, `${n}.md`), 'utf8')));
const viteChecked = names.filter((n) => !ownChecked.includes(n));
for (const n of viteChecked) {
  if (!existsSync(join(recipesDir, `${n}.check.tsx`))) {
    console.error(`recipe ${n}: no docs/recipes/${n}.check.tsx; every recipe is a test`);
    process.exit(1);
  }
}
for (const p of publicPackages) {
  if (!existsSync(join(root, 'packages', p, 'dist'))) {
    console.error(`@samskap/${p} has no dist/. Run \`pnpm build\` first.`);
    process.exit(1);
  }
}

// Every guide, not only the recipes: its install line names what its examples import.
const guides = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...names.map((n) => `docs/recipes/${n}.md`),
  ...publicPackages.map((p) => `packages/${p}/README.md`),
];
let failed = 0;
for (const guide of guides) {
  const missing = missingFromInstallLine(readFileSync(join(root, guide), 'utf8'));
  if (missing.length > 0) {
    failed++;
    console.error(
      `${guide}: its examples import ${missing.join(', ')}, which its pnpm add line leaves out`,
    );
  }
}

const work = mkdtempSync(join(tmpdir(), 'samskap-recipes-'));
let passed = 0;
try {
  const packs = join(work, 'packs');
  mkdirSync(packs);
  const tarballs = packPublicPackages(packs);
  for (const name of viteChecked) {
    try {
      const out = checkRecipe(name, tarballs, work);
      console.log(`recipe ${name}: ok${out ? `\n  ${out.replaceAll('\n', '\n  ')}` : ''}`);
      passed++;
    } catch (error) {
      failed++;
      console.error(
        `recipe ${name}: FAILED\n${error.stdout ?? ''}${error.stderr ?? ''}${error.stdout || error.stderr ? '' : error.message}`,
      );
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`recipes: ${passed} passed, ${failed} failed`);
if (failed) process.exit(1);
