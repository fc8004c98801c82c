import {
  contentLanguageNoticeStrings,
  getLocaleInfo,
  type LocaleCode,
  type SamskapKey,
} from '@samskap/i18n';
import {
  Button,
  type LabelOverrides,
  Link,
  useLabels,
  useSamskapLocale,
  useSamskapStrings,
} from '@samskap/react';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { languageHref } from '../href.js';
import { Content, Message, Notice, Versions } from './ContentLanguageNotice.styles.js';

const labelKeys = {
  /** When the content exists in one language only; `{{language}}` is its name. */
  onlyIn: 'contentLanguageNotice.onlyIn',
  /** When it exists in several, none of them the reader's; `{{language}}` is the reader's. */
  notIn: 'contentLanguageNotice.notIn',
  /** Before the links to the versions that exist. */
  alsoIn: 'contentLanguageNotice.alsoIn',
} as const;

/** Overrides of ContentLanguageNotice's built-in strings: a text, or a function of `{ language }`. */
export type ContentLanguageNoticeLabels = LabelOverrides<keyof typeof labelKeys>;

// A language's name as it stands in a sentence in the reader's language ("bokmål"), for the
// languages Samskap has such names for. A Map, so a code from data such as `constructor` finds
// nothing rather than something on Object.prototype.
const languageNameKeys: ReadonlyMap<string, SamskapKey> = new Map([
  ['nb', 'contentLanguageNotice.languageNames.nb'],
  ['nn', 'contentLanguageNotice.languageNames.nn'],
  ['en', 'contentLanguageNotice.languageNames.en'],
  ['se', 'contentLanguageNotice.languageNames.se'],
]);

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
  labels?: ContentLanguageNoticeLabels;
  /** The content. It gets `lang` (and `dir`) of `contentLocale` when that is not the page's. */
  children?: ReactNode;
}

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
    useSamskapStrings('contentLanguageNotice', contentLanguageNoticeStrings);
    const { locale, info: pageInfo, t } = useSamskapLocale();
    const label = useLabels(labelKeys, labels);
    const versions = availableIn && availableIn.length > 0 ? availableIn : [contentLocale];
    const contentInfo = getLocaleInfo(contentLocale);
    const showNotice = !versions.includes(locale);
    const nameOf = (code: string) => {
      const key = languageNameKeys.get(code);
      return key ? t(key) : getLocaleInfo(code).nativeName;
    };
    const message =
      versions.length === 1
        ? label('onlyIn', { language: nameOf(contentLocale) })
        : label('notIn', { language: nameOf(locale) });
    const sameAsPage = contentInfo.tag === pageInfo.tag;
    return (
      <div ref={ref} {...rest}>
        {showNotice && (
          // Part of the page from the start, so not a live region.
          <Notice variant="info" live="off">
            <Message>{message}</Message>
            {(hrefFor || onChange) && (
              // A div, not a p: a list may not sit inside a paragraph.
              <Message as="div">
                {label('alsoIn')}{' '}
                <Versions>
                  {versions.map((code) => {
                    const v = getLocaleInfo(code);
                    const href = languageHref(hrefFor, code);
                    return (
                      <li key={code}>
                        {href !== undefined ? (
                          <Link
                            href={href}
                            hrefLang={v.hreflang}
                            lang={v.tag}
                            dir={v.dir}
                            rel="alternate"
                            onClick={onChange ? () => onChange(code) : undefined}
                          >
                            {v.nativeName}
                          </Link>
                        ) : (
                          <Button
                            variant="tertiary"
                            size="sm"
                            lang={v.tag}
                            dir={v.dir}
                            onClick={() => onChange?.(code)}
                          >
                            {v.nativeName}
                          </Button>
                        )}
                      </li>
                    );
                  })}
                </Versions>
              </Message>
            )}
          </Notice>
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
