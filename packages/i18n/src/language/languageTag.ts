// The one rule for "is this content in another language than the page?" (WCAG 3.1.2). Every
// component that renders content with a language of its own asks here, so a card, a comment and
// a notice never disagree about whether to set `lang`.

// BCP 47 tags of real use are short; anything longer is junk from data and is not parsed.
const MAX_TAG_LENGTH = 35;

// Every card and comment asks about its language, and Intl.getCanonicalLocales is slow next to
// a map lookup: answers are kept, a bounded number of them (tags from data may be anything).
const MAX_KNOWN = 256;
const known = new Map<string, string | undefined>();

/**
 * A language tag from data in canonical form (`nn-no` → `nn-NO`), or undefined when it is not a
 * well-formed tag (junk, empty, too long, not a string). Never throws.
 */
export function canonicalLanguageTag(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined;
  if (known.has(tag)) return known.get(tag);
  const trimmed = tag.trim().replace(/_/g, '-');
  let canonical: string | undefined;
  if (trimmed.length > 0 && trimmed.length <= MAX_TAG_LENGTH) {
    try {
      canonical = Intl.getCanonicalLocales(trimmed)[0];
    } catch {
      canonical = undefined;
    }
  }
  if (tag.length <= MAX_TAG_LENGTH) {
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(tag, canonical);
  }
  return canonical;
}

/**
 * The language a tag names, as its primary subtag in lower case: `nn-NO` → `nn`. The
 * macrolanguage `no` counts as bokmål (`nb`), which is what it means on Norwegian pages; nynorsk
 * is a language of its own. Undefined for a malformed tag.
 */
export function primaryLanguage(tag: unknown): string | undefined {
  const canonical = canonicalLanguageTag(tag);
  if (!canonical) return undefined;
  const primary = canonical.split('-')[0]?.toLowerCase() ?? '';
  return primary === 'no' ? 'nb' : primary;
}

/**
 * The `lang` to set on content written in `tag` on a page in `pageTag`: the content's canonical
 * tag when its language differs from the page's, otherwise undefined (the page's `lang` already
 * covers it). A malformed tag from data gives undefined rather than an invalid attribute.
 */
export function contentLanguage(tag: unknown, pageTag: string): string | undefined {
  const canonical = canonicalLanguageTag(tag);
  if (!canonical) return undefined;
  return primaryLanguage(canonical) === primaryLanguage(pageTag) ? undefined : canonical;
}
