import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceAliases } from '../../vite.aliases.ts';

// The demo runs on the packages' source in the repo; the packed-tarball check in the README
// exercises the built packages.
export default defineConfig({ plugins: [react()], resolve: { alias: sourceAliases } });
