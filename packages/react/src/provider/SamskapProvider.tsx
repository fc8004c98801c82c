import {
  addSamskapResources,
  createFormatters,
  createSamskapI18n,
  defaultLocale,
  getLocalesVersion,
  isAvailableLocale,
  negotiateLocale,
  type SamskapHostI18n,
  type SamskapLocale,
  type SamskapTranslations,
  samskapT,
  subscribeToLocales,
} from '@samskap/i18n';
import { defaultTheme, type SamskapTheme, themeToCss } from '@samskap/tokens';
import {
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { warnOnce } from '../utils/warnOnce.js';
import { infoFor, SamskapContext, type SamskapContextValue } from './context.js';
import { rawTextCss } from './rawTextCss.js';
import { Root } from './SamskapProvider.styles.js';

export type ColorScheme = 'light' | 'dark' | 'auto';

export interface SamskapProviderProps extends HTMLAttributes<HTMLDivElement> {
  /**
   * The language of the built-in strings and of the subtree's `lang` attribute. With a host
   * `i18n` instance and no `locale`, Samskap follows the instance's language.
   * @default 'nb'
   */
  locale?: SamskapLocale | (string & {});
  /**
   * The theme of the subtree: a theme object from `@samskap/tokens` (`defaultTheme`,
   * `exampleThemes.kommune`, `createTheme(...)`), whose variables the provider writes in a
   * `<style>` scoped to its own element; or the name of a theme whose CSS the page already loads
   * (`@samskap/tokens/css/<name>.css`, or a file from the `samskap-theme` command), in which
   * case the provider only sets `data-sk-theme`. Switching it re-renders nothing below.
   * @default defaultTheme
   */
  theme?: SamskapTheme | string;
  /**
   * The colour scheme. `auto` follows the reader's system setting in CSS alone, so
   * server-rendered HTML is right before any script runs.
   * @default 'light'
   */
  colorScheme?: ColorScheme;
  /**
   * The host app's i18next instance. Samskap adds its `samskap` namespace to it and follows its
   * language. Without it, Samskap uses its own small translator (no i18next needed) and never
   * touches the global i18next instance.
   */
  i18n?: SamskapHostI18n;
  /** Overrides of built-in strings, per locale: `{ nn: { button: { loading: '...' } } }`. */
  translations?: SamskapTranslations;
  children?: ReactNode;
}

const cssCache = new WeakMap<object, { name: string; css: string }>();
// The cache key for a theme prop that is not an object at all (a number, null).
const notAnObject = {};

/**
 * The CSS of a theme object, checked by `themeToCss`. A theme it cannot use (a broken file, a
 * key or value that could inject CSS) must not take the page down: the default theme stands in,
 * with a development warning that names the part at fault.
 */
function cssFor(theme: unknown): { name: string; css: string } {
  const key = typeof theme === 'object' && theme !== null ? theme : notAnObject;
  let entry = cssCache.get(key);
  if (!entry) {
    try {
      const { name } = theme as SamskapTheme;
      entry = {
        name,
        css: rawTextCss(
          themeToCss(theme as SamskapTheme, { selector: `[data-sk-theme="${name}"]` }),
        ),
      };
    } catch (error) {
      warnOnce(
        `theme:${(error as Error).message}`,
        `SamskapProvider: the theme cannot be used, so the default theme is shown. ${(error as Error).message}`,
      );
      const name = defaultTheme.name;
      entry = {
        name,
        css: rawTextCss(themeToCss(defaultTheme, { selector: `[data-sk-theme="${name}"]` })),
      };
    }
    cssCache.set(key, entry);
  }
  return entry;
}

/**
 * Maps whatever language a host or prop gives (`nn-NO`, `no`, `en-US`, `sv`) to a locale Samskap
 * has strings for, so a host instance set to `nn-NO` gets nynorsk and one set to `sv` bokmål.
 */
function normaliseLanguage(...candidates: Array<string | undefined>): string {
  const first = candidates[0];
  if (first && isAvailableLocale(first)) return first;
  return negotiateLocale(candidates.filter((c): c is string => !!c));
}

/** Re-renders when the host instance changes language or gains resources. */
function useInstanceVersion(i18n: SamskapHostI18n | undefined): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!i18n) return;
    const bump = () => setVersion((v) => v + 1);
    i18n.on('languageChanged', bump);
    i18n.store?.on('added', bump);
    return () => {
      i18n.off('languageChanged', bump);
      i18n.store?.off('added', bump);
    };
  }, [i18n]);
  return version;
}

/**
 * Gives its subtree a theme, a colour scheme and a language. The theme is CSS custom properties
 * on the provider's own element, so switching theme or scheme re-renders no component below it.
 */
export const SamskapProvider = forwardRef<HTMLDivElement, SamskapProviderProps>(
  function SamskapProvider(
    {
      locale: localeProp,
      theme = defaultTheme,
      colorScheme = 'light',
      i18n: hostI18n,
      translations,
      children,
      ...rest
    },
    ref,
  ) {
    // The overrides are compared by content so that an inline object does not rebuild the
    // instance on every render.
    const translationsKey = translations ? JSON.stringify(translations) : '';
    // A locale registered after the first render (a lazily loaded translation) reaches the
    // instance and the switchers without a remount.
    const localesVersion = useSyncExternalStore(
      subscribeToLocales,
      getLocalesVersion,
      getLocalesVersion,
    );
    // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by content on purpose
    const i18n = useMemo(() => {
      if (hostI18n) return addSamskapResources(hostI18n, translations);
      return createSamskapI18n({ translations });
    }, [hostI18n, translationsKey, localesVersion]);
    const version = useInstanceVersion(hostI18n);

    const locale = localeProp
      ? normaliseLanguage(localeProp)
      : hostI18n
        ? normaliseLanguage(hostI18n.language, hostI18n.resolvedLanguage)
        : defaultLocale;

    // biome-ignore lint/correctness/useExhaustiveDependencies: version tracks the host instance
    const value = useMemo<SamskapContextValue>(
      () => ({
        locale,
        info: infoFor(locale),
        t: samskapT(i18n, locale),
        i18n,
        ...createFormatters(locale),
      }),
      [i18n, locale, version, localesVersion],
    );

    const themeCss = typeof theme === 'string' ? undefined : cssFor(theme);
    return (
      <SamskapContext.Provider value={value}>
        <Root
          ref={ref}
          lang={value.info.tag}
          dir={value.info.dir}
          data-samskap=""
          data-sk-theme={themeCss ? themeCss.name : theme}
          data-color-scheme={colorScheme}
          {...rest}
        >
          {themeCss ? <style>{themeCss.css}</style> : null}
          {children}
        </Root>
      </SamskapContext.Provider>
    );
  },
);
