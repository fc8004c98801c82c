import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatNumber, formatRelativeTime } from './format/index.js';
import { addSamskapResources, createSamskapI18n, samskapT } from './instance.js';
import {
  availableLocales,
  fallbackChainFor,
  getLocaleInfo,
  isAvailableLocale,
  localeInfo,
  registerLocale,
  subscribeToLocales,
  unregisterLocale,
} from './locales.js';

afterEach(() => {
  unregisterLocale('se');
  unregisterLocale('sma');
  unregisterLocale('constructor');
});

describe('registerLocale', () => {
  it('ships se metadata so an agency only adds strings', () => {
    expect(localeInfo.se).toMatchObject({ nativeName: 'Davvisámegiella', tag: 'se-NO' });
    expect(availableLocales()).toEqual(['nb', 'nn', 'en']);
    const info = registerLocale({ code: 'se' });
    expect(info).toMatchObject({ code: 'se', nativeName: 'Davvisámegiella', hreflang: 'se' });
    expect(availableLocales()).toEqual(['nb', 'nn', 'en', 'se']);
    expect(isAvailableLocale('se')).toBe(true);
    expect(getLocaleInfo('se').tag).toBe('se-NO');
  });

  it('takes metadata for a language Samskap knows nothing of', () => {
    registerLocale({
      code: 'sma',
      nativeName: 'Åarjelsaemien gïele',
      englishName: 'Southern Sámi',
      tag: 'sma-NO',
      fallback: ['nn'],
    });
    expect(getLocaleInfo('sma')).toMatchObject({ nativeName: 'Åarjelsaemien gïele', dir: 'ltr' });
    expect(fallbackChainFor('sma')).toEqual(['nn', 'nb', 'en']);
  });

  it('gives every chain a complete locale at its end', () => {
    expect(fallbackChainFor('nn')).toEqual(['nb', 'en']);
    expect(fallbackChainFor('nb')).toEqual(['en']);
    expect(fallbackChainFor('en')).toEqual([]);
    expect(fallbackChainFor('xx')).toEqual(['nb', 'en']);
    registerLocale({ code: 'se', fallback: ['fi'] });
    expect(fallbackChainFor('se')).toEqual(['fi', 'nb', 'en']);
  });

  it('falls back key by key along the chain, in private and host instances', async () => {
    registerLocale({
      code: 'sma',
      nativeName: 'Åarjelsaemien gïele',
      fallback: ['nn'],
      resources: { languageSwitcher: { label: 'SMA label' } },
    });
    const own = createSamskapI18n({ locale: 'sma' });
    const host = i18next.createInstance();
    await host.init({ lng: 'sma', resources: {} });
    addSamskapResources(host);
    for (const i18n of [own, host]) {
      const t = samskapT(i18n, 'sma');
      expect(t('languageSwitcher.label')).toBe('SMA label');
      expect(t('languageSwitcher.changeTo')).toBe('Byt språk til');
    }
  });

  it('tells subscribers and rejects what is not a language code', () => {
    const listener = vi.fn();
    const off = subscribeToLocales(listener);
    registerLocale({ code: 'se' });
    unregisterLocale('se');
    off();
    registerLocale({ code: 'se' });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(() => registerLocale({ code: '<script>' })).toThrow(RangeError);
  });

  it('describes an unknown code by the code itself', () => {
    expect(getLocaleInfo('xx')).toMatchObject({ nativeName: 'xx', tag: 'xx' });
  });
});

describe('locale codes from data', () => {
  const prototypeKeys = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'];

  it.each(prototypeKeys)('describes %j by the code itself, not by a built-in of Object', (code) => {
    expect(getLocaleInfo(code)).toEqual({
      code,
      nativeName: code,
      englishName: code,
      tag: code,
      hreflang: code,
      dir: 'ltr',
    });
  });

  it.each(prototypeKeys)('formats dates and numbers for %j in the default language', (code) => {
    expect(formatDate('2026-11-29T12:00:00Z', code)).toBe(formatDate('2026-11-29T12:00:00Z', 'nb'));
    expect(formatNumber(1234.5, code)).toBe(formatNumber(1234.5, 'nb'));
    expect(formatRelativeTime(0, code, { now: 0 })).toBe(formatRelativeTime(0, 'nb', { now: 0 }));
  });

  it('registers a language whose fallback is one code, as i18next accepts it', () => {
    registerLocale({
      code: 'sma',
      fallback: 'nn',
      resources: { languageSwitcher: { label: 'SMA label' } },
    });
    expect(fallbackChainFor('sma')).toEqual(['nn', 'nb', 'en']);
  });

  it('names the option when the fallback is neither a code nor a list of codes', () => {
    expect(() => registerLocale({ code: 'sma', fallback: 42 as unknown as string })).toThrow(
      /"fallback" of "sma" must be a language code or a list/,
    );
  });
});
