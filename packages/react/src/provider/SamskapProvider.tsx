import {
  addSamskapResources,
  createFormatters,
  createSamskapI18n,
  defaultLocale,
  getLocalesVersion,
  isAvailableLocale,
  negotiateLocale,
  type SamskapLocale,
  type SamskapTranslations,
  samskapT,
  subscribeToLocales,
} from '@samskap/i18n';
import { defaultTheme, type SamskapTheme, themeToCss } from '@samskap/tokens';
import type { i18n as I18n } from 'i18next';
import {
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { infoFor, SamskapContext, type SamskapContextValue } from './context.js';
import { Root } from './SamskapProvider.styles.js';

export type ColorScheme = 'light' | 'dark' | 'auto';

export interface SamskapProviderProps extends HTMLAttributes<HTMLDivElement> {
  /**
   * The language of the built-in strings and of the subtree's `lang` attribute. With a host
   * `i18n` instance and no `locale`, Samskap follows the instance's language.
   * @default 'nb'
   */
  locale?: SamskapLocale | (string & {});
  /** The theme, from `@samskap/tokens` (`defaultTheme`, `createTheme(...)`). */
  theme?: SamskapTheme;
  /**
   * The colour scheme. `auto` follows the reader's system setting in CSS alone, so
   * server-rendered HTML is right before any script runs.
   * @default 'light'
   */
  colorScheme?: ColorScheme;
  /**
   * The host app's i18next instance. Samskap adds its `samskap` namespace to it and follows its
   * language. Without it, Samskap uses a private instance and never touches the global one.
   */
  i18n?: I18n;
  /** Overrides of built-in strings, per locale: `{ nn: { button: { loading: '...' } } }`. */
  translations?: SamskapTranslations;
  children?: ReactNode;
}

const cssCache = new WeakMap<SamskapTheme, string>();
function cssFor(theme: SamskapTheme): string {
  let css = cssCache.get(theme);
  if (!css) {
    css = themeToCss(theme, { selector: `[data-sk-theme="${theme.name}"]` });
    cssCache.set(theme, css);
  }
  return css;
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
function useInstanceVersion(i18n: I18n | undefined): number {
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

    return (
      <SamskapContext.Provider value={value}>
        <Root
          ref={ref}
          lang={value.info.tag}
          dir={value.info.dir}
          data-samskap=""
          data-sk-theme={theme.name}
          data-color-scheme={colorScheme}
          {...rest}
        >
          <style>{cssFor(theme)}</style>
          {children}
        </Root>
      </SamskapContext.Provider>
    );
  },
);
