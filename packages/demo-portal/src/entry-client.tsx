import { hydrateRoot } from 'react-dom/client';
import { App } from './app/App.js';
import type { PageData } from './app/types.js';

const root = document.getElementById('root');
const script = document.getElementById('page-data');
if (root && script?.textContent) {
  const data = JSON.parse(script.textContent) as PageData;
  hydrateRoot(root, <App data={data} />, {
    onRecoverableError(error) {
      // A mismatch between the server's HTML and the first render in the browser is a bug.
      console.error('Hydration:', error);
    },
  });
}
