import { defineStrings } from './define.js';

export const breadcrumbs = defineStrings({
  nb: { label: 'Brødsmulesti' },
  nn: { label: 'Brødsmulesti' },
  en: { label: 'Breadcrumbs' },
});
