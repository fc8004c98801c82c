import { libraryConfig } from '../../vite.lib.ts';

export default libraryConfig({ dir: import.meta.dirname, entries: { index: 'index', cli: 'cli' } });
