export {
  MachineTranslation,
  type MachineTranslationLabels,
  type MachineTranslationProps,
  type TranslateFn,
} from './MachineTranslation.js';
