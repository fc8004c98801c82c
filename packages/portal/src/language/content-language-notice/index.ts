export {
  ContentLanguageNotice,
  type ContentLanguageNoticeLabels,
  type ContentLanguageNoticeProps,
} from './ContentLanguageNotice.js';
