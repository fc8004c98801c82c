// Case page, Aksel, with only the global layers and the stylesheets of the components it uses
// (Aksel's per-component CSS files).
import '@navikt/ds-css/dist/global/tokens.css';
import '@navikt/ds-css/dist/global/fonts.css';
import '@navikt/ds-css/dist/global/reset.css';
import '@navikt/ds-css/dist/global/baseline.css';
import '@navikt/ds-css/dist/component/theme.css';
import '@navikt/ds-css/dist/component/typography.css';
import '@navikt/ds-css/dist/component/primitives.css';
import '@navikt/ds-css/dist/component/actionmenu.css';
import '@navikt/ds-css/dist/component/alert.css';
import '@navikt/ds-css/dist/component/button.css';
import '@navikt/ds-css/dist/component/chips.css';
import '@navikt/ds-css/dist/component/form.css';
import '@navikt/ds-css/dist/component/link.css';
import '@navikt/ds-css/dist/component/linkanchor.css';
import '@navikt/ds-css/dist/component/linkcard.css';
import '@navikt/ds-css/dist/component/modal.css';
import '@navikt/ds-css/dist/component/pagination.css';
import '@navikt/ds-css/dist/component/tag.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { CasePage } from '../pages/aksel.tsx';

createRoot(document.getElementById('root')).render(
  createElement(CasePage, { data: window.benchData }),
);
