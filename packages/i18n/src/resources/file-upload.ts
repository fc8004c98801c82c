import { defineStrings } from './define.js';

// The file chooser's list of chosen files. `remove` is the visible button text; the file's name
// follows it, hidden, so every button has a name of its own.
export const fileUpload = defineStrings({
  nb: {
    chosen: 'Valgte filer',
    remove: 'Fjern',
    removed: '{{name}} er fjernet.',
    added_one: '{{count}} fil er lagt til.',
    added_other: '{{count}} filer er lagt til.',
  },
  nn: {
    chosen: 'Valde filer',
    remove: 'Fjern',
    removed: '{{name}} er fjerna.',
    added_one: '{{count}} fil er lagd til.',
    added_other: '{{count}} filer er lagde til.',
  },
  en: {
    chosen: 'Chosen files',
    remove: 'Remove',
    removed: '{{name}} has been removed.',
    added_one: '{{count}} file has been added.',
    added_other: '{{count}} files have been added.',
  },
});
