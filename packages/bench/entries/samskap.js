// Case page, Samskap. Samskap's styles are inside its JS (styled-components), its theme comes
// from the provider; there is no stylesheet to import.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { CasePage } from '../pages/samskap.tsx';

createRoot(document.getElementById('root')).render(
  createElement(CasePage, { data: window.benchData }),
);
