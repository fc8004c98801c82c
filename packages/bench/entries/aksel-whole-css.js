// Case page, Aksel, with its whole stylesheet (the usual setup).
import '@navikt/ds-css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { CasePage } from '../pages/aksel.tsx';

createRoot(document.getElementById('root')).render(
  createElement(CasePage, { data: window.benchData }),
);
