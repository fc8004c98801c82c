import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { clientModules, USE_CLIENT } from './scripts/lib/client-marks.mjs';
import { minifyStyledCss } from './vite.styles.ts';

interface LibOptions {
  /** The package folder (the caller's `import.meta.dirname`). */
  dir: string;
  /** Entry points, relative to `src/`, without extension: `index`, `sample-data/index`... */
  entries?: Record<string, string>;
  /**
   * React packages: each module that needs the browser's React (hooks, context, styles, JSX)
   * starts with "use client", so Next.js server components can render its components; plain
   * modules (formatters, URL helpers, sample data) do not, so server components can call them.
   */
  client?: boolean;
}

/**
 * Adds "use client" to the built modules that need it (scripts/lib/client-marks.mjs), once the
 * whole build is known: a module is marked when it imports React, styles or i18n hooks, or a
 * module that is marked. Barrels and plain modules stay unmarked.
 */
function markClientModules(): Plugin {
  return {
    name: 'samskap-use-client',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const client = clientModules(new Map(chunks.map((c) => [c.fileName, c.code])));
      for (const chunk of chunks) {
        if (client.has(chunk.fileName)) chunk.code = `${USE_CLIENT}\n${chunk.code}`;
      }
    },
  };
}

/**
 * One library build for every public package: ESM only, one file per source module so that
 * `sideEffects: false` lets bundlers drop whole modules, and every dependency external.
 */
export function libraryConfig({ dir, entries, client = false }: LibOptions): UserConfig {
  const pkg = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));
  const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  const external = (id: string) =>
    id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`));
  const input = Object.fromEntries(
    Object.entries(entries ?? { index: 'index' }).map(([name, file]) => [
      name,
      resolve(dir, 'src', `${file}.ts`),
    ]),
  );
  return defineConfig({
    plugins: client ? [react(), minifyStyledCss(), markClientModules()] : [],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      target: 'es2022',
      lib: { entry: input, formats: ['es'] },
      rollupOptions: {
        external,
        output: {
          preserveModules: true,
          preserveModulesRoot: resolve(dir, 'src'),
          entryFileNames: '[name].js',
        },
      },
    },
  });
}
