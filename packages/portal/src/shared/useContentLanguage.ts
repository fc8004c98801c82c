import { contentLanguage } from '@samskap/i18n';
import { useSamskapLocale } from '@samskap/react';

/**
 * The `lang` for content written in `tag` (from data): its canonical tag when its language differs
 * from the page's, otherwise undefined, so the attribute is left off (WCAG 3.1.2).
 */
export function useContentLanguage(tag: unknown): string | undefined {
  return contentLanguage(tag, useSamskapLocale().locale);
}
