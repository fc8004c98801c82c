import type { SamskapResources } from './types.js';

export const en: SamskapResources = {
  button: {
    loading: 'Loading …',
  },
  languageSwitcher: {
    label: 'Choose language',
    changeTo: 'Change language to',
    current: 'Current language',
  },
};
