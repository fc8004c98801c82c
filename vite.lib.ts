import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import { minifyStyledCss } from './vite.styles.ts';

interface LibOptions {
  /** The package folder (the caller's `import.meta.dirname`). */
  dir: string;
  /** Entry points, relative to `src/`, without extension: `index`, `sample-data/index`... */
  entries?: Record<string, string>;
  /** React packages get a "use client" banner so Next.js server components can import them. */
  client?: boolean;
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
    plugins: client ? [react(), minifyStyledCss()] : [],
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
          banner: client ? '"use client";' : undefined,
        },
      },
    },
  });
}
