import { defineStrings } from './define.js';

export const errorSummary = defineStrings({
  nb: { heading: 'Rett opp dette før du går videre' },
  nn: { heading: 'Rett opp dette før du går vidare' },
  en: { heading: 'Fix the following before you continue' },
});
