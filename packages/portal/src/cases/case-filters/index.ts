export { CaseFilters, type CaseFiltersLabels, type CaseFiltersProps } from './CaseFilters.js';
