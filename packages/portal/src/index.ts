export {
  LanguageSwitcher,
  type LanguageSwitcherLabels,
  type LanguageSwitcherProps,
} from './language-switcher/index.js';
