import type { SamskapResources } from './types.js';

// Norsk nynorsk, skrive for hand.
export const nn: SamskapResources = {
  button: {
    loading: 'Lastar inn …',
  },
  languageSwitcher: {
    label: 'Vel språk',
    changeTo: 'Byt språk til',
    current: 'Valt språk',
  },
};
