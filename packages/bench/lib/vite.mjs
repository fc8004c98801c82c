// The one Vite production build every scenario uses (configuration in code, React's plugin, the
// same target), so the size and render pages are built alike.
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** Builds for production into `outDir`; `build` adds to or overrides the shared options. */
export function viteBuild({ root, outDir, rollupOptions, build: extra = {} }) {
  return build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      ...extra,
      rollupOptions,
    },
  });
}
