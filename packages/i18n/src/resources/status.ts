import { defineStrings } from './define.js';

// The status of an idea, a tip or a case (StatusBadge) and the steps it went through
// (ProgressTimeline). The six innovation stages are named in the `cases` area.
export const status = defineStrings({
  nb: {
    label: 'Status',
    value: {
      received: 'Mottatt',
      'under-evaluation': 'Til vurdering',
      accepted: 'Godtatt',
      rejected: 'Avslått',
      withdrawn: 'Trukket tilbake',
      implemented: 'Satt i verk',
    },
    unknown: 'Ukjent status',
    timeline: {
      label: 'Slik har saken gått',
      current: 'Her er saken nå',
      upcoming: 'Ikke nådd ennå',
      decidedBy: 'Avgjort av',
      reason: 'Begrunnelse',
      empty: 'Ingen steg er registrert ennå.',
    },
  },
  nn: {
    label: 'Status',
    value: {
      received: 'Motteke',
      'under-evaluation': 'Til vurdering',
      accepted: 'Godteke',
      rejected: 'Avslått',
      withdrawn: 'Trekt attende',
      implemented: 'Sett i verk',
    },
    unknown: 'Ukjend status',
    timeline: {
      label: 'Slik har saka gått',
      current: 'Her er saka no',
      upcoming: 'Ikkje nådd enno',
      decidedBy: 'Avgjort av',
      reason: 'Grunngiving',
      empty: 'Ingen steg er registrerte enno.',
    },
  },
  en: {
    label: 'Status',
    value: {
      received: 'Received',
      'under-evaluation': 'Under evaluation',
      accepted: 'Accepted',
      rejected: 'Rejected',
      withdrawn: 'Withdrawn',
      implemented: 'Implemented',
    },
    unknown: 'Unknown status',
    timeline: {
      label: 'Progress so far',
      current: 'Current step',
      upcoming: 'Not reached yet',
      decidedBy: 'Decided by',
      reason: 'Reason',
      empty: 'No steps recorded yet.',
    },
  },
});
