import { defineStrings } from './define.js';

export const button = defineStrings({
  nb: { loading: 'Laster inn …' },
  nn: { loading: 'Lastar inn …' },
  en: { loading: 'Loading…' },
});
