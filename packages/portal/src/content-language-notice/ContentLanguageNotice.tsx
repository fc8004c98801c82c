import { getLocaleInfo, type LocaleCode, type SamskapKey } from '@samskap/i18n';
import { useSamskapLocale } from '@samskap/react';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { safeHref } from '../language-switcher/useLanguageSwitcher.js';
import { Box, Content, Message, Version, Versions } from './ContentLanguageNotice.styles.js';

export interface ContentLanguageNoticeLabels {
  /** When the content exists in one language only; `{{language}}` is its name. */
  onlyIn: string;
  /** When it exists in several, none of them the reader's; `{{language}}` is the reader's. */
  notIn: string;
  /** Before the links to the versions that exist. */
  alsoIn: string;
}

export interface ContentLanguageNoticeProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'onChange'> {
  /** The language the content below is written in. */
  contentLocale: LocaleCode;
  /**
   * Every language the page or item exists in. The notice shows only when the reader's
   * language (the provider's) is not among them.
   * @default [contentLocale]
   */
  availableIn?: readonly LocaleCode[];
  /** The URL of the version in a language: gives links with `hreflang`. Goes through `safeUrl`. */
  hrefFor?: (locale: LocaleCode) => string;
  /** Without `hrefFor`, the versions are buttons that call this (for single-page apps). */
  onChange?: (locale: LocaleCode) => void;
  /** Overrides of the built-in strings. */
  labels?: Partial<ContentLanguageNoticeLabels>;
  /** The content. It gets `lang` (and `dir`) of `contentLocale` when that is not the page's. */
  children?: ReactNode;
}

const fill = (label: string | undefined, language: string) =>
  label?.replace(/\{\{\s*language\s*\}\}/g, language);

/**
 * Tells the reader, in their own language, that a page or item is not written in it, and links
 * to the versions that exist. The content below carries its own `lang`, so screen readers read
 * it with the right voice (WCAG 3.1.2).
 */
export const ContentLanguageNotice = forwardRef<HTMLDivElement, ContentLanguageNoticeProps>(
  function ContentLanguageNotice(
    { contentLocale, availableIn, hrefFor, onChange, labels, children, ...rest },
    ref,
  ) {
    const { locale, info: pageInfo, t } = useSamskapLocale();
    const versions = availableIn && availableIn.length > 0 ? availableIn : [contentLocale];
    const contentInfo = getLocaleInfo(contentLocale);
    const showNotice = !versions.includes(locale);
    // The name of a language as it stands in a sentence in the reader's language ("bokmål").
    const nameOf = (code: string) =>
      t(`contentLanguageNotice.languageNames.${code}` as SamskapKey, {
        defaultValue: getLocaleInfo(code).nativeName,
      });
    const message =
      versions.length === 1
        ? (fill(labels?.onlyIn, nameOf(contentLocale)) ??
          t('contentLanguageNotice.onlyIn', { language: nameOf(contentLocale) }))
        : (fill(labels?.notIn, nameOf(locale)) ??
          t('contentLanguageNotice.notIn', { language: nameOf(locale) }));
    const sameAsPage = contentInfo.tag === pageInfo.tag;
    return (
      <div ref={ref} {...rest}>
        {showNotice && (
          <Box data-sk-notice="">
            <Message>{message}</Message>
            {(hrefFor || onChange) && (
              // A div, not a p: a list may not sit inside a paragraph.
              <Message as="div">
                {labels?.alsoIn ?? t('contentLanguageNotice.alsoIn')}{' '}
                <Versions>
                  {versions.map((code) => {
                    const v = getLocaleInfo(code);
                    const href = hrefFor ? safeHref(hrefFor(code), code) : undefined;
                    return (
                      <li key={code}>
                        {href !== undefined ? (
                          <Version
                            href={href}
                            hrefLang={v.hreflang}
                            lang={v.tag}
                            dir={v.dir}
                            rel="alternate"
                            onClick={onChange ? () => onChange(code) : undefined}
                          >
                            {v.nativeName}
                          </Version>
                        ) : (
                          <Version
                            as="button"
                            type="button"
                            lang={v.tag}
                            dir={v.dir}
                            onClick={() => onChange?.(code)}
                          >
                            {v.nativeName}
                          </Version>
                        )}
                      </li>
                    );
                  })}
                </Versions>
              </Message>
            )}
          </Box>
        )}
        {children !== undefined && children !== null && (
          <Content
            lang={sameAsPage ? undefined : contentInfo.tag}
            dir={sameAsPage || contentInfo.dir === pageInfo.dir ? undefined : contentInfo.dir}
          >
            {children}
          </Content>
        )}
      </div>
    );
  },
);
