import { libraryConfig } from '../../vite.lib.ts';

export default libraryConfig({ dir: import.meta.dirname });
