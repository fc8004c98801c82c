// Case page, Designsystemet: its whole stylesheet and its default theme, as its guide says.
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { CasePage } from '../pages/designsystemet.tsx';

createRoot(document.getElementById('root')).render(
  createElement(CasePage, { data: window.benchData }),
);
