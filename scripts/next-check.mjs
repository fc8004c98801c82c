// The Next.js recipe (docs/recipes/nextjs.md) is this test's app, so the recipe cannot rot.
// For React 19 and React 18.3: a fresh app outside the repo gets the recipe's files and install
// line (the public packages from their packed tarballs, pnpm's strict layout), is typechecked,
// built with `next build` and served with `next start`; then each page is loaded in Chromium and
// must hydrate with no console error or warning, no page error, and no element that hydration
// threw away and rendered again. One build per React version; the seconds of each step are
// printed, because this is the slowest check in `pnpm test`.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { packPublicPackages, publicPackages } from './lib/pack.mjs';
import { parseRecipe, writeScratchApp } from './lib/recipes.mjs';

const root = resolve(import.meta.dirname, '..');
const recipe = parseRecipe(readFileSync(join(root, 'docs/recipes/nextjs.md'), 'utf8'));
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
const nextVersion = '16.4.6';
const matrix = [
  { react: '19.3.1', types: '19.3.0', typesDom: '19.3.0' },
  { react: '18.3.1', types: '18.3.32', typesDom: '18.3.7' },
];
// The App Router page, and the Pages Router page, which runs the app's own React. The App
// Router page filters the cases of its address in the server component (plain functions of
// @samskap/portal, called on the server), so a case the filter leaves out is not in its HTML.
const pages = [
  {
    path: '/nn?stage=evaluating',
    router: 'app',
    ownReact: false,
    absent: ['Heimetenester planlagde saman med brukarane'],
  },
  { path: '/pages-router/nn', router: 'pages', ownReact: true, absent: [] },
];

for (const p of publicPackages) {
  if (!existsSync(join(root, 'packages', p, 'dist'))) {
    console.error(`@samskap/${p} has no dist/. Run \`pnpm build\` first.`);
    process.exit(1);
  }
}

const sh = (cmd, args, cwd, env = {}) =>
  execFileSync(cmd, args, {
    cwd,
    stdio: 'pipe',
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

function versionOf(name, v) {
  if (name === 'next') return nextVersion;
  if (name === 'react' || name === 'react-dom') return v.react;
  if (!pinned[name]) throw new Error(`no pinned version of ${name} in the root package.json`);
  return pinned[name];
}

function writeApp(app, v, tarballs) {
  const dependencies = Object.fromEntries(
    recipe.packages.map((p) => [p, tarballs[p] ? `file:${tarballs[p]}` : versionOf(p, v)]),
  );
  writeScratchApp(app, {
    manifest: {
      name: 'next-recipe',
      private: true,
      type: 'module',
      dependencies,
      devDependencies: {
        '@types/react': v.types,
        '@types/react-dom': v.typesDom,
        '@types/node': pinned['@types/node'],
        // `next build` needs TypeScript beside a tsconfig. Outside CI it installs it itself from
        // the registry, which hid its absence here; with CI set it stops instead.
        typescript: pinned.typescript,
      },
    },
    tarballs,
    // Next's optional image and resolver builds are not needed to build or serve these pages.
    allowBuilds: { sharp: false, 'unrs-resolver': false },
    files: recipe.files,
  });
  // Types are checked once, by the repo's own tsc below, which is much faster than the build's
  // check; and the build's disk cache is only worth its write time in a long-lived checkout.
  writeFileSync(
    join(app, 'next.config.mjs'),
    'export default { typescript: { ignoreBuildErrors: true }, experimental: { turbopackFileSystemCacheForBuild: false } };\n',
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['DOM', 'DOM.Iterable', 'ES2023'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        isolatedModules: true,
        types: ['node'],
      },
      include: ['app', 'pages'],
    }),
  );
}

function freePort() {
  return new Promise((ok) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

async function startNext(app) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(app, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    { cwd: app, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'pipe' },
  );
  let output = '';
  await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`next start: no answer\n${output}`)), 60_000);
    const read = (chunk) => {
      output += chunk;
      if (/Ready in/.test(output)) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => fail(new Error(`next start exited with ${code}\n${output}`)));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

// Runs before any page script: records which React renderer hydrates the page (through the hook
// React announces itself to, in production builds too), and every element removed from <body>.
// A hydration mismatch makes React throw the server's elements away and render them again, which
// shows up here even where a production build says nothing in the console. (styled-components
// replaces the server's <style> in <head> with its own, which is expected.)
function probe() {
  window.__probe = { renderers: [], removed: [] };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    renderers: new Map(),
    supportsFiber: true,
    inject(renderer) {
      window.__probe.renderers.push(`${renderer.rendererPackageName}@${renderer.version}`);
      return window.__probe.renderers.length;
    },
    onCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (!document.body?.contains(record.target) && record.target !== document.body) continue;
      for (const node of record.removedNodes)
        window.__probe.removed.push(`${node.nodeName} ${(node.outerHTML ?? '').slice(0, 120)}`);
    }
  }).observe(document, { childList: true, subtree: true });
}

async function checkPage(browser, base, page, v) {
  const problems = [];
  // Without scripts: the server's HTML alone has the theme and the page's language.
  const still = await browser.newContext({ javaScriptEnabled: false });
  try {
    const tab = await still.newPage();
    const response = await tab.goto(`${base}${page.path}`);
    if (!response?.ok()) problems.push(`the server answered ${response?.status()}`);
    const noScript = await tab.evaluate(() => ({
      lang: document.documentElement.lang,
      accent: getComputedStyle(document.querySelector('[data-samskap]') ?? document.body)
        .getPropertyValue('--sk-color-accent-base')
        .trim(),
      text: document.querySelector('main')?.textContent ?? '',
    }));
    if (noScript.lang !== 'nn') problems.push(`<html lang> is "${noScript.lang}", not "nn"`);
    if (!noScript.accent) problems.push('the server HTML does not apply the theme');
    for (const text of ['Bestillingsbuss i distriktet', 'Ta kontakt, så deler vi det vi har lært.'])
      if (!noScript.text.includes(text)) problems.push(`the server HTML has no "${text}"`);
    for (const text of page.absent)
      if (noScript.text.includes(text)) problems.push(`the server did not filter out "${text}"`);
  } finally {
    await still.close();
  }
  // A page the server could not render has nothing to hydrate.
  if (problems.length) return { reactDom: 'not hydrated', problems };

  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const messages = [];
    tab.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
    });
    tab.on('pageerror', (e) => messages.push(`page error: ${e.message}`));
    // Chromium asks for a favicon, which the recipe does not have; a 404 would be a console error.
    await tab.route('**/favicon.ico', (route) => route.fulfill({ status: 204, body: '' }));
    await tab.addInitScript(probe);
    await tab.goto(`${base}${page.path}`);
    await tab.waitForLoadState('networkidle');
    await tab.waitForFunction(() => window.__probe.renderers.length > 0, null, { timeout: 30_000 });
    const { renderers, removed } = await tab.evaluate(() => window.__probe);
    const reactDom = renderers.find((r) => r.startsWith('react-dom@')) ?? renderers.join(', ');
    if (page.ownReact && reactDom !== `react-dom@${v.react}`)
      problems.push(`hydrated by ${reactDom}, not the app's react-dom@${v.react}`);
    if (!page.ownReact && !reactDom.startsWith('react-dom@19'))
      problems.push(`hydrated by ${reactDom}, not React 19`);
    if (removed.length)
      problems.push(`hydration replaced server HTML:\n    ${removed.join('\n    ')}`);
    // Hydrated and working: the switcher's link to English leads to the English page.
    await tab.getByRole('link', { name: /English/ }).click();
    await tab.waitForFunction(() => document.documentElement?.lang === 'en', null, {
      timeout: 30_000,
    });
    await tab
      .getByRole('heading', { name: /comment/i })
      .first()
      .waitFor();
    await tab.waitForLoadState('networkidle');
    if (messages.length) problems.push(`console:\n    ${messages.join('\n    ')}`);
    return { reactDom, problems };
  } finally {
    await context.close();
  }
}

const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'samskap-next-'));
let failed = 0;
try {
  const packs = join(work, 'packs');
  mkdirSync(packs);
  const tarballs = packPublicPackages(packs);
  const browser = await launchChromium();
  try {
    for (const v of matrix) {
      const app = join(work, `react-${v.react}`);
      writeApp(app, v, tarballs);
      const times = [];
      let t = performance.now();
      sh('pnpm', ['install', '--prefer-offline', '--reporter=silent'], app);
      times.push(`install ${seconds(t)}`);
      t = performance.now();
      sh(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], app);
      times.push(`types ${seconds(t)}`);
      t = performance.now();
      sh(process.execPath, [join(app, 'node_modules/next/dist/bin/next'), 'build'], app);
      times.push(`next build ${seconds(t)}`);
      t = performance.now();
      const server = await startNext(app);
      try {
        for (const page of pages) {
          const { reactDom, problems } = await checkPage(browser, server.base, page, v);
          const what = `react ${v.react}, ${page.router} router ${page.path} (${reactDom})`;
          if (problems.length) {
            failed++;
            console.error(`next: ${what}: FAILED\n  ${problems.join('\n  ')}`);
          } else console.log(`next: ${what}: server HTML themed, hydrated with no console message`);
        }
      } finally {
        server.stop();
      }
      times.push(`start and hydrate ${seconds(t)}`);
      console.log(`next: react ${v.react}: ${times.join(', ')}`);
    }
  } finally {
    await browser.close();
  }
} catch (error) {
  failed++;
  console.error(`next: FAILED\n${error.stdout ?? ''}${error.stderr ?? ''}${error.message}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`next: ${failed ? 'FAILED' : 'ok'} in ${seconds(started)}`);
if (failed) process.exit(1);
