import { defineStrings } from './define.js';

export const pagination = defineStrings({
  nb: {
    label: 'Sidenavigasjon',
    previous: 'Forrige',
    next: 'Neste',
    // Hidden words that complete "Forrige"/"Neste" for screen readers.
    pageSuffix: 'side',
    page: 'Side {{page}}',
    status: 'Side {{page}} av {{total}}',
  },
  nn: {
    label: 'Sidenavigasjon',
    previous: 'Førre',
    next: 'Neste',
    pageSuffix: 'side',
    page: 'Side {{page}}',
    status: 'Side {{page}} av {{total}}',
  },
  en: {
    label: 'Pagination',
    previous: 'Previous',
    next: 'Next',
    pageSuffix: 'page',
    page: 'Page {{page}}',
    status: 'Page {{page}} of {{total}}',
  },
});
