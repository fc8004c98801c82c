import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// No source aliases: the portal uses @samskap/* through their package exports (dist/), as an
// agency's app would. Build the packages first (`pnpm build` at the root).
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react()],
  build: isSsrBuild
    ? {
        outDir: 'dist/server',
        emptyOutDir: true,
        rollupOptions: { input: { main: 'src/server/main.ts' } },
      }
    : {
        outDir: 'dist/client',
        emptyOutDir: true,
        manifest: true,
        rollupOptions: { input: 'src/entry-client.tsx' },
      },
}));
