import { localeInfo, type SamskapLocale, supportedLocales } from '@samskap/i18n';
import { useSamskapLocale, VisuallyHidden } from '@samskap/react';
import { forwardRef, type HTMLAttributes, type MouseEvent } from 'react';
import { Current, Item, List, Option } from './LanguageSwitcher.styles.js';

export interface LanguageSwitcherLabels {
  /** The accessible name of the navigation landmark. */
  label: string;
}

export interface LanguageSwitcherProps extends Omit<HTMLAttributes<HTMLElement>, 'onChange'> {
  /**
   * The languages to offer, in order.
   * @default ['nb', 'nn', 'en']
   */
  locales?: readonly SamskapLocale[];
  /**
   * The URL of this page in another language. Gives real links (with `hreflang` and
   * `rel="alternate"`) for multi-page sites.
   */
  hrefFor?: (locale: SamskapLocale) => string;
  /**
   * Called when the reader picks a language. Without `hrefFor`, the options are buttons that
   * call this; with it, it is called before the link is followed.
   */
  onChange?: (locale: SamskapLocale) => void;
  /** Overrides of the built-in strings. */
  labels?: Partial<LanguageSwitcherLabels>;
}

/**
 * Lets the reader switch language. Language names are written in their own language, each
 * marked with its `lang`, and never shown as flags.
 */
export const LanguageSwitcher = forwardRef<HTMLElement, LanguageSwitcherProps>(
  function LanguageSwitcher(
    { locales = supportedLocales, hrefFor, onChange, labels, ...rest },
    ref,
  ) {
    const { locale: current, t, i18n } = useSamskapLocale();
    return (
      <nav
        ref={ref}
        aria-label={labels?.label ?? t('languageSwitcher.label')}
        data-variant="links"
        {...rest}
      >
        <List>
          {locales.map((code) => {
            const info = localeInfo[code];
            if (code === current) {
              return (
                <Item key={code}>
                  <Current aria-current="true" lang={info.tag}>
                    {info.nativeName}
                  </Current>
                </Item>
              );
            }
            // Read in the target language, so a reader who only knows that language understands it.
            const changeTo = i18n.getFixedT(code, 'samskap')('languageSwitcher.changeTo', {
              keySeparator: '.',
              nsSeparator: false,
            });
            const content = (
              <>
                <VisuallyHidden>{changeTo}</VisuallyHidden> {info.nativeName}
              </>
            );
            const href = hrefFor?.(code);
            if (href !== undefined) {
              return (
                <Item key={code}>
                  <Option
                    href={href}
                    lang={info.tag}
                    hrefLang={info.hreflang}
                    rel="alternate"
                    onClick={onChange ? () => onChange(code) : undefined}
                  >
                    {content}
                  </Option>
                </Item>
              );
            }
            return (
              <Item key={code}>
                <Option
                  as="button"
                  type="button"
                  lang={info.tag}
                  onClick={(e: MouseEvent) => {
                    e.preventDefault();
                    onChange?.(code);
                  }}
                >
                  {content}
                </Option>
              </Item>
            );
          })}
        </List>
      </nav>
    );
  },
);
