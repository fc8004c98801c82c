import type { InnovationCase } from '../cases/types.js';
import { sampleCases } from './cases.js';

const base = sampleCases[0] as InnovationCase;

/** Cases that try to break a layout or get a script onto the page. For stories and tests. */
export const edgeCases = {
  /** A title of exactly 300 characters. */
  longTitle: {
    ...base,
    id: 'edge-long-title',
    title:
      'Et samarbeid mellom kommunen, fylkeskommunen, statsforvalteren, helseforetaket, frivillige organisasjoner, næringslivet og innbyggerne selv om bedre overganger mellom sykehus, sykehjem og hjemmetjenester for eldre med sammensatte behov i hele regionen, med vekt på ernæring, legemidler og pårørendes rolle.'.slice(
        0,
        300,
      ),
  },
  /** A title and tags with emoji. */
  emoji: {
    ...base,
    id: 'edge-emoji',
    title: '🚌 Bestillingsbuss 🚏 for alle 👵🏽👨‍👩‍👧 i hele kommunen 🎉',
    tags: ['🚌 buss', '♿ tilgjengelighet', '🌍 klima', 'nærmiljø', 'mobilitet', 'distrikt'],
  },
  /** Content in Arabic, written right to left. */
  rightToLeft: {
    ...base,
    id: 'edge-rtl',
    title: 'حافلة حسب الطلب في المناطق الريفية',
    summary:
      'تستبدل البلدية ثلاثة خطوط حافلات شبه فارغة بحافلة يحجزها السكان عبر تطبيق أو بالهاتف.',
    organisation: 'بلدية بودو',
    tags: ['النقل العام', 'الريف'],
    language: 'ar',
  },
  /** One long word and no spaces at all. */
  noSpaces: {
    ...base,
    id: 'edge-no-spaces',
    title:
      'Kommuneplanensarealdelsrevisjonsprosjektgruppemøtereferatgodkjenningsprosedyreforbedringsarbeid' +
      'sgruppesluttrapportsoppsummeringsdokument',
    summary:
      'https://example.invalid/en/svært/lang/adresse/uten/mellomrom/som/ikke/kan/brytes/naturlig/i/teksten',
    organisation: 'Kommuneplanleggingsavdelingensforvaltningsenhet',
  },
  /** A link that would run a script if rendered as given. */
  scriptHref: { ...base, id: 'edge-script-href', href: 'javascript:alert(1)' },
  /** No link at all. */
  noHref: { ...base, id: 'edge-no-href', href: '' },
  /** Only what the model requires: no image, sector, year or tags. */
  minimal: {
    id: 'edge-minimal',
    title: 'Ny ordning for parkeringstillatelse',
    summary: 'Kort sammendrag.',
    href: '/saker/parkering',
    organisation: 'Bodø kommune',
    countries: ['NO'],
    levelOfGovernment: 'local',
    stage: 'generating-ideas',
    tags: [],
    language: 'nb',
  },
} satisfies Record<string, InnovationCase>;
