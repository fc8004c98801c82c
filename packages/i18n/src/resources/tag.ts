import { defineStrings } from './define.js';

export const tag = defineStrings({
  // Read before the tag's text on its remove button: "Fjern Barnehage".
  nb: { remove: 'Fjern' },
  nn: { remove: 'Fjern' },
  en: { remove: 'Remove' },
});
