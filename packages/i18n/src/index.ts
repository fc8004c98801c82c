export {
  addSamskapResources,
  type CreateSamskapI18nOptions,
  createSamskapI18n,
  SAMSKAP_NS,
  type SamskapT,
  samskapT,
} from './instance.js';
export {
  defaultLocale,
  fallbackChains,
  isSupportedLocale,
  type LocaleInfo,
  localeInfo,
  type SamskapLocale,
  supportedLocales,
} from './locales.js';
export { defineStrings, type StringTree } from './resources/define.js';
export { resources } from './resources/index.js';
export type {
  DeepPartial,
  SamskapKey,
  SamskapResources,
  SamskapTranslations,
} from './resources/types.js';
