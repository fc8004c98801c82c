import type { LocaleCode } from '@samskap/i18n';
import { type LabelOverrides, useLabels } from '@samskap/react';
import { forwardRef, type HTMLAttributes } from 'react';
import { LinksVariant } from './LinksVariant.js';
import { MenuVariant } from './MenuVariant.js';
import { SelectVariant } from './SelectVariant.js';
import { type LanguageSwitcherPersist, useLanguageSwitcher } from './useLanguageSwitcher.js';

export type { LanguageSwitcherPersist };

export type LanguageSwitcherVariant = 'links' | 'menu' | 'select';

const labelKeys = {
  /** The accessible name of the navigation landmark. */
  label: 'languageSwitcher.label',
  /** The menu variant's button text; `{{code}}` is the current language's code. */
  menuButton: 'languageSwitcher.menuButton',
  /** The select variant's visible label. */
  selectLabel: 'languageSwitcher.selectLabel',
  /** The select variant's button that applies the choice. */
  apply: 'languageSwitcher.apply',
} as const;

/** Overrides of the switcher's built-in strings: a text, or a function of `{ code }`. */
export type LanguageSwitcherLabels = LabelOverrides<keyof typeof labelKeys>;

export interface LanguageSwitcherProps extends Omit<HTMLAttributes<HTMLElement>, 'onChange'> {
  /**
   * How the languages are offered: `links` (a list, for multi-page sites and wide headers),
   * `menu` (a button that opens the list, for single-page apps and tight headers), or `select`
   * (a native select with a button, for the tightest spaces).
   * @default 'links'
   */
  variant?: LanguageSwitcherVariant;
  /**
   * The languages to offer, in order.
   * @default every shipped and registered locale: ['nb', 'nn', 'en', ...]
   */
  locales?: readonly LocaleCode[];
  /**
   * The URL of this page in another language. Gives real links (with `hreflang` and
   * `rel="alternate"`) for multi-page sites; the select variant goes there on apply.
   */
  hrefFor?: (locale: LocaleCode) => string;
  /**
   * Called when the reader picks a language, and on load with a remembered choice (see
   * `persist`). The host sets the provider's `locale` here. With `hrefFor`, it is called before
   * the link is followed.
   */
  onChange?: (locale: LocaleCode) => void;
  /**
   * Also set `lang` and `dir` on `<html>` to the chosen (and the current) language, for apps
   * whose whole page follows the switcher.
   * @default false
   */
  syncHtmlLang?: boolean;
  /**
   * Remember the reader's choice in `localStorage` or a cookie, and restore it on the next load
   * by calling `onChange`. A stored value that is not offered is ignored.
   * @default false
   */
  persist?: LanguageSwitcherPersist;
  /**
   * The storage key or cookie name for `persist`.
   * @default 'samskap-locale'
   */
  storageKey?: string;
  /** Overrides of the built-in strings. */
  labels?: LanguageSwitcherLabels;
}

/**
 * Lets the reader switch language. Language names are written in their own language, each
 * marked with its `lang`, and never shown as flags. Three variants share one behaviour:
 * `links`, `menu` and `select`.
 */
export const LanguageSwitcher = forwardRef<HTMLElement, LanguageSwitcherProps>(
  function LanguageSwitcher(
    {
      variant = 'links',
      locales,
      hrefFor,
      onChange,
      syncHtmlLang,
      persist,
      storageKey,
      labels,
      ...rest
    },
    ref,
  ) {
    const label = useLabels(labelKeys, labels);
    const { current, options, choose } = useLanguageSwitcher({
      locales,
      hrefFor,
      onChange,
      syncHtmlLang,
      persist,
      storageKey,
    });
    const code = current.toUpperCase();
    return (
      <nav ref={ref} aria-label={label('label')} data-variant={variant} {...rest}>
        {variant === 'menu' ? (
          <MenuVariant
            options={options}
            choose={choose}
            buttonText={label('menuButton', { code })}
          />
        ) : variant === 'select' ? (
          <SelectVariant
            options={options}
            current={current}
            choose={choose}
            label={label('selectLabel')}
            apply={label('apply')}
          />
        ) : (
          <LinksVariant options={options} choose={choose} />
        )}
      </nav>
    );
  },
);
