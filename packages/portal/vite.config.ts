import { libraryConfig } from '../../vite.lib.ts';

export default libraryConfig({
  dir: import.meta.dirname,
  client: true,
  entries: {
    index: 'index',
    'sample-data/index': 'sample-data/index',
    'conformance/index': 'conformance/index',
  },
});
