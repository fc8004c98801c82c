export { canonicalLanguageTag, contentLanguage, primaryLanguage } from './languageTag.js';
