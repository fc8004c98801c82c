export {
  ContentLanguageNotice,
  type ContentLanguageNoticeLabels,
  type ContentLanguageNoticeProps,
} from './content-language-notice/index.js';
export {
  LanguageSwitcher,
  type LanguageSwitcherLabels,
  type LanguageSwitcherPersist,
  type LanguageSwitcherProps,
  type LanguageSwitcherVariant,
} from './language-switcher/index.js';
