// Size of the case page per system: a Vite production build (Rolldown reads each package's
// `sideEffects` from its root package.json, as the peers' users see it; esbuild alone does not
// and makes both peers look several times larger), React external, then the gzip of every JS and
// CSS file the build writes.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { viteBuild } from './vite.mjs';

const here = resolve(import.meta.dirname, '..');
const react_ = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];

export const sizeScenarios = [
  {
    id: 'samskap-bundled',
    label: 'Samskap, styled-components and i18next bundled',
    entry: 'samskap.js',
    external: react_,
  },
  {
    id: 'samskap-external',
    label: 'Samskap, styled-components and i18next external (a host that has them)',
    entry: 'samskap.js',
    external: [...react_, 'styled-components', 'i18next'],
  },
  {
    id: 'designsystemet',
    label: 'Designsystemet 1.22.0, its CSS and default theme',
    entry: 'designsystemet.js',
    external: react_,
  },
  {
    id: 'aksel-whole-css',
    label: 'Aksel 8.16.2, its whole CSS',
    entry: 'aksel-whole-css.js',
    external: react_,
  },
  {
    id: 'aksel-component-css',
    label: 'Aksel 8.16.2, only the CSS its components need',
    entry: 'aksel-component-css.js',
    external: react_,
  },
];

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Builds one scenario and returns its byte counts: raw and gzip, JS and CSS. */
export async function measureSize(scenario, outRoot) {
  const outDir = join(outRoot, scenario.id);
  rmSync(outDir, { recursive: true, force: true });
  const isExternal = (id) => scenario.external.some((e) => id === e || id.startsWith(`${e}/`));
  await viteBuild({
    root: here,
    outDir,
    build: { cssMinify: true, sourcemap: false, modulePreload: false },
    rollupOptions: {
      input: resolve(here, 'entries', scenario.entry),
      external: isExternal,
      output: { format: 'es' },
    },
  });
  const sizes = { js: 0, css: 0, jsGzip: 0, cssGzip: 0 };
  for (const file of filesUnder(outDir)) {
    const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : undefined;
    if (!kind) continue;
    const bytes = readFileSync(file);
    sizes[kind] += bytes.length;
    sizes[`${kind}Gzip`] += gzipSync(bytes, { level: 9 }).length;
  }
  return { ...scenario, ...sizes, total: sizes.jsGzip + sizes.cssGzip };
}
