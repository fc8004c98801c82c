/** The locales whose strings Samskap ships, written by hand. */
export const supportedLocales = ['nb', 'nn', 'en'] as const;
export type SamskapLocale = (typeof supportedLocales)[number];

/** The locale used when nothing better is known. */
export const defaultLocale: SamskapLocale = 'nb';

export interface LocaleInfo {
  /** The short code used in Samskap's API and resources: `nb`. */
  code: string;
  /** The language's name in the language itself: "Norsk nynorsk". */
  nativeName: string;
  /** The language's name in English: "Norwegian Nynorsk". */
  englishName: string;
  /** The BCP 47 tag for `lang` attributes and `Intl`: `nn-NO`. */
  tag: string;
  /** The value for `hreflang` on links to this language's version of a page. */
  hreflang: string;
  /** Text direction. */
  dir: 'ltr' | 'rtl';
}

export const localeInfo: Record<SamskapLocale, LocaleInfo> = {
  nb: {
    code: 'nb',
    nativeName: 'Norsk bokmål',
    englishName: 'Norwegian Bokmål',
    tag: 'nb-NO',
    hreflang: 'nb',
    dir: 'ltr',
  },
  nn: {
    code: 'nn',
    nativeName: 'Norsk nynorsk',
    englishName: 'Norwegian Nynorsk',
    tag: 'nn-NO',
    hreflang: 'nn',
    dir: 'ltr',
  },
  en: {
    code: 'en',
    nativeName: 'English',
    englishName: 'English',
    tag: 'en-GB',
    hreflang: 'en',
    dir: 'ltr',
  },
};

/** Narrows any string to a supported locale. */
export function isSupportedLocale(value: unknown): value is SamskapLocale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

/** Where a locale's missing strings come from: nn falls back to nb, then en. */
export const fallbackChains: Record<SamskapLocale, SamskapLocale[]> = {
  nb: ['en'],
  nn: ['nb', 'en'],
  en: [],
};
