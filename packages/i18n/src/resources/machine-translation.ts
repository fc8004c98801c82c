import { defineStrings } from './define.js';

// {{language}} is a language's name as it stands in running text ("nynorsk", "Norwegian Nynorsk").
export const machineTranslation = defineStrings({
  nb: {
    translate: 'Vis maskinoversatt til {{language}}',
    translating: 'Oversetter …',
    notice: 'Maskinoversatt fra {{language}}. Det kan være feil i oversettelsen.',
    showOriginal: 'Vis originalen',
    failed: 'Vi fikk ikke oversatt teksten. Du ser originalen.',
  },
  nn: {
    translate: 'Vis maskinomsett til {{language}}',
    translating: 'Omset …',
    notice: 'Maskinomsett frå {{language}}. Det kan vere feil i omsetjinga.',
    showOriginal: 'Vis originalen',
    failed: 'Vi fekk ikkje omsett teksten. Du ser originalen.',
  },
  en: {
    translate: 'Show machine translation into {{language}}',
    translating: 'Translating…',
    notice: 'Machine-translated from {{language}}. The translation may contain mistakes.',
    showOriginal: 'Show the original',
    failed: 'We could not translate the text. You are seeing the original.',
  },
});
