import { defineStrings } from './define.js';

// The character counter. `limit` is read with the field (it describes it); `remaining` and
// `over` are shown as the person types and announced once they pause.
export const textarea = defineStrings({
  nb: {
    limit_one: 'Du kan skrive opptil {{count}} tegn',
    limit_other: 'Du kan skrive opptil {{count}} tegn',
    remaining_one: 'Du har {{count}} tegn igjen',
    remaining_other: 'Du har {{count}} tegn igjen',
    over_one: 'Du har {{count}} tegn for mye',
    over_other: 'Du har {{count}} tegn for mye',
  },
  nn: {
    limit_one: 'Du kan skrive opptil {{count}} teikn',
    limit_other: 'Du kan skrive opptil {{count}} teikn',
    remaining_one: 'Du har {{count}} teikn att',
    remaining_other: 'Du har {{count}} teikn att',
    over_one: 'Du har {{count}} teikn for mykje',
    over_other: 'Du har {{count}} teikn for mykje',
  },
  en: {
    limit_one: 'You can enter up to {{count}} character',
    limit_other: 'You can enter up to {{count}} characters',
    remaining_one: 'You have {{count}} character remaining',
    remaining_other: 'You have {{count}} characters remaining',
    over_one: 'You have {{count}} character too many',
    over_other: 'You have {{count}} characters too many',
  },
});
