export {
  LanguageSwitcher,
  type LanguageSwitcherLabels,
  type LanguageSwitcherPersist,
  type LanguageSwitcherProps,
  type LanguageSwitcherVariant,
} from './language-switcher/index.js';
