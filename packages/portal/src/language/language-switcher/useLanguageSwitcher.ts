import {
  availableLocales,
  fallbackChainFor,
  getLocaleInfo,
  getLocalesVersion,
  isAvailableLocale,
  type LocaleCode,
  type LocaleInfo,
  SAMSKAP_NS,
  samskapT,
  subscribeToLocales,
} from '@samskap/i18n';
import { readStored, useSamskapLocale, writeStored } from '@samskap/react';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { languageHref } from '../href.js';

/** Where the reader's choice is remembered between visits. */
export type LanguageSwitcherPersist = 'localStorage' | 'cookie' | false;

export interface LanguageOption {
  code: LocaleCode;
  info: LocaleInfo;
  /** "Change language to", written in this option's language. */
  changeTo: string;
  /**
   * The tag of the language `changeTo` is actually in: the option's own, or its fallback's
   * when a registered language has no translation of it yet.
   */
  changeToTag: string;
  isCurrent: boolean;
  /**
   * The URL of this page in this language, when the host gave `hrefFor` and it returned a safe
   * URL (see `safeUrl`). It is both the link's `href` and where the select variant navigates.
   */
  href: string | undefined;
}

export interface UseLanguageSwitcherOptions {
  locales?: readonly LocaleCode[];
  hrefFor?: (locale: LocaleCode) => string;
  onChange?: (locale: LocaleCode) => void;
  syncHtmlLang?: boolean;
  persist?: LanguageSwitcherPersist;
  storageKey?: string;
}

// A year, in a cookie and in localStorage alike: a language is chosen rarely and kept long.
const KEEP_SECONDS = 60 * 60 * 24 * 365;

const storedCode = (value: unknown) => (typeof value === 'string' ? value : undefined);

// localStorage goes through the one storage helper (a full quota, a blocked store and garbage
// under the key are all read as "nothing remembered"). The cookie is kept here: it is the one
// place Samskap writes a cookie, so a server can read the choice before it renders.
function readChoice(persist: LanguageSwitcherPersist, key: string): string | undefined {
  if (persist === 'localStorage') return readStored(key, { parse: storedCode });
  if (persist !== 'cookie') return undefined;
  try {
    for (const part of document.cookie.split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === key) return decodeURIComponent(value.join('='));
    }
  } catch {
    // Cookies can be blocked (privacy settings, sandboxed frames), and a stray `%` in a value
    // written by another script makes decoding throw: then nothing is remembered.
  }
  return undefined;
}

function writeChoice(persist: LanguageSwitcherPersist, key: string, code: string): void {
  if (persist === 'localStorage') {
    writeStored(key, code, { maxAge: KEEP_SECONDS * 1000 });
    return;
  }
  if (persist !== 'cookie') return;
  try {
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser we support
    document.cookie = `${key}=${encodeURIComponent(code)}; path=/; max-age=${KEEP_SECONDS}; SameSite=Lax`;
  } catch {
    // See readChoice.
  }
}

/**
 * Everything the three switcher variants share: which languages to offer, in what words, and
 * what happens when the reader picks one (remembering it, setting the page's `lang`, telling the
 * host). The provider's locale stays the source of truth; the host changes it in `onChange`.
 */
export function useLanguageSwitcher({
  locales,
  hrefFor,
  onChange,
  syncHtmlLang = false,
  persist = false,
  storageKey = 'samskap-locale',
}: UseLanguageSwitcherOptions) {
  const { locale: current, i18n } = useSamskapLocale();
  // Re-render when an agency registers a language after the switcher mounted.
  const version = useSyncExternalStore(subscribeToLocales, getLocalesVersion, getLocalesVersion);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version tracks the registry
  const codes = useMemo(() => locales ?? availableLocales(), [locales, version]);

  const options: LanguageOption[] = codes.map((code) => {
    const info = getLocaleInfo(code);
    const source = [code, ...fallbackChainFor(code)].find(
      (l) =>
        i18n.getResource(l, SAMSKAP_NS, 'languageSwitcher.changeTo', { keySeparator: '.' }) !==
        undefined,
    );
    return {
      code,
      info,
      changeTo: samskapT(i18n, code)('languageSwitcher.changeTo'),
      changeToTag: source ? getLocaleInfo(source).tag : info.tag,
      isCurrent: code === current,
      href: languageHref(hrefFor, code),
    };
  });

  const setHtmlLang = useCallback(
    (code: string) => {
      if (syncHtmlLang && typeof document !== 'undefined') {
        const info = getLocaleInfo(code);
        document.documentElement.lang = info.tag;
        document.documentElement.dir = info.dir;
      }
    },
    [syncHtmlLang],
  );

  const choose = useCallback(
    (code: LocaleCode) => {
      if (persist) writeChoice(persist, storageKey, code);
      setHtmlLang(code);
      onChange?.(code);
    },
    [persist, storageKey, setHtmlLang, onChange],
  );

  useEffect(() => {
    setHtmlLang(current);
  }, [current, setHtmlLang]);

  // Restore a remembered choice once, on the first mount. A value that is no longer offered
  // (an old code, something another script wrote) is ignored.
  const restored = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once on mount on purpose
  useEffect(() => {
    if (restored.current || !persist) return;
    restored.current = true;
    const stored = readChoice(persist, storageKey);
    if (!stored || stored === current) return;
    if (!isAvailableLocale(stored) || !codes.includes(stored)) return;
    setHtmlLang(stored);
    onChange?.(stored);
  }, []);

  return { current, options, choose };
}
