export {
  LanguageSwitcher,
  type LanguageSwitcherLabels,
  type LanguageSwitcherProps,
} from './LanguageSwitcher.js';
