import { describe, expect, it } from 'vitest';
import { canonicalLanguageTag, contentLanguage, primaryLanguage } from './languageTag.js';

describe('language tags', () => {
  it.each([
    ['nn-no', 'nn-NO'],
    ['en_GB', 'en-GB'],
    ['  nb ', 'nb'],
  ])('canonicalises %s to %s', (tag, canonical) => {
    expect(canonicalLanguageTag(tag)).toBe(canonical);
  });

  it.each([[''], ['not a tag!'], ['x'.repeat(36)], [42], [null], [undefined], [{}]])(
    'gives undefined for the malformed tag %j',
    (tag) => {
      expect(canonicalLanguageTag(tag)).toBeUndefined();
      expect(primaryLanguage(tag)).toBeUndefined();
      expect(contentLanguage(tag, 'nb-NO')).toBeUndefined();
    },
  );

  it('counts the macrolanguage no as bokmål, and nynorsk as a language of its own', () => {
    expect(primaryLanguage('no-NO')).toBe('nb');
    expect(contentLanguage('no', 'nb-NO')).toBeUndefined();
    expect(contentLanguage('nn', 'nb-NO')).toBe('nn');
    expect(contentLanguage('nb-NO', 'nn-NO')).toBe('nb-NO');
  });

  it('sets no lang for content in the page language, whatever the region', () => {
    expect(contentLanguage('en-US', 'en-GB')).toBeUndefined();
    expect(contentLanguage('EN', 'en-GB')).toBeUndefined();
  });

  it('gives the canonical tag of content in another language', () => {
    expect(contentLanguage('sv-se', 'nb-NO')).toBe('sv-SE');
    expect(contentLanguage('se', 'nn-NO')).toBe('se');
  });
});
