import { defineStrings } from './define.js';

export const shareLinks = defineStrings({
  nb: {
    heading: 'Del denne siden',
    email: 'Send på e-post',
    copy: 'Kopier lenken',
    copied: 'Lenken er kopiert.',
    manual: 'Vi fikk ikke kopiert lenken. Merk den og kopier den selv.',
    field: 'Lenke til siden',
  },
  nn: {
    heading: 'Del denne sida',
    email: 'Send på e-post',
    copy: 'Kopier lenkja',
    copied: 'Lenkja er kopiert.',
    manual: 'Vi fekk ikkje kopiert lenkja. Merk henne og kopier henne sjølv.',
    field: 'Lenkje til sida',
  },
  en: {
    heading: 'Share this page',
    email: 'Send by email',
    copy: 'Copy link',
    copied: 'Link copied.',
    manual: 'We could not copy the link. Select it and copy it yourself.',
    field: 'Link to this page',
  },
});
