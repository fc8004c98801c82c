/** The schemes a link or image from data may use. Everything else is dropped. */
const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel']);

// What the WHATWG URL parser (and so every browser) strips before it reads a URL: C0 controls
// and spaces at either end (see trimControls), and tab, LF and CR anywhere inside
// ("java\tscript:" is javascript:).
const tabOrNewline = /[\t\n\r]/g;
// Other controls have no business in a URL; a browser would keep them, some old parsers and
// other consumers (mail clients, PDF renderers) skip them, so they are refused outright.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding controls is the point
const otherControls = /[\u0000-\u001f\u007f-\u009f]/;
// Everything invisible a lenient parser might skip: whitespace of any script, zero-width
// characters, BOM. Only used to look for a hidden scheme, never to change the output.
const invisible =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding controls is the point
  /[\s\u0000-\u0020\u007f-\u00a0\u00ad\u180e\u200b-\u200f\u2028-\u202f\u2060\ufeff]/g;

const namedReferences: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  amp: '&',
  num: '#',
  period: '.',
  plus: '+',
  hyphen: '-',
  dash: '-',
};

/** Decodes HTML character references (`&#106;`, `&#x6A`, `&colon;`), as an HTML parser would. */
function decodeCharacterReferences(value: string): string {
  return value.replace(
    /&(?:#(?:x([0-9a-f]+)|(\d+))|([a-z]+));?/gi,
    (match, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (name !== undefined) return namedReferences[name.toLowerCase()] ?? match;
      const code = Number.parseInt(hex ?? dec ?? '', hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    },
  );
}

/**
 * Drops C0 controls and spaces at both ends. Done by hand: the regex `[\0- ]+$` is quadratic on a
 * long run of spaces that is not at the end (each start position scans the run again).
 */
function trimControls(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start++;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
  return value.slice(start, end);
}

/**
 * How many rounds of entity decoding `safeUrl` tries. Each round undoes one layer
 * (`&amp;#106;` -> `&#106;` -> `j`); a real URL is stable after one or two, so a value still
 * changing after this many is refused rather than decoded further (which would make the work
 * grow with the square of the length).
 */
const maxDecodeRounds = 8;

/** The scheme of a URL as the URL parser reads it (lower case), or undefined if it has none. */
function schemeOf(value: string): string | undefined {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  return match?.[1]?.toLowerCase();
}

function hasForbiddenScheme(value: string): boolean {
  const scheme = schemeOf(value);
  return scheme !== undefined && !allowedSchemes.has(scheme);
}

/**
 * Returns a URL from untrusted data if it is safe to put in an `href` or `src`, else
 * `undefined`. Lets through `http:`, `https:`, `mailto:`, `tel:` and relative URLs (`/saker/1`,
 * `?side=2`, `#kommentarer`, `saker/1`); refuses `javascript:`, `data:`, `vbscript:`, `file:`
 * and every other scheme.
 *
 * - It reads the URL the way a browser does: leading and trailing spaces and controls are
 *   dropped and tabs and newlines inside are ignored, so ` JaVaScRiPt:` and `java\tscript:` are
 *   caught. The URL it returns is that cleaned form, so what is rendered is what was checked.
 * - Entity-encoded schemes (`&#106;avascript:`, `javascript&colon;`) are refused, however many
 *   times they were encoded (`&amp;amp;#106;`); a value still changing after eight rounds of
 *   decoding is refused too. React sets
 *   attributes through the DOM, where no entities are decoded, so a browser would only see a
 *   harmless relative path; but such a value is never a real link, and it turns into a script
 *   URL as soon as something copies it into HTML unescaped (an e-mail template, a Markdown
 *   renderer).
 * - Protocol-relative URLs (`//example.org/x`, and `\\example.org` which browsers read the same
 *   way) are let through: they take the page's scheme, so on an http(s) page they are exactly
 *   as safe as `https://example.org/x`, which is allowed too. `safeUrl` decides which schemes
 *   may run, not which hosts may be linked to; limit hosts yourself where that matters.
 * - Empty and whitespace-only values give `undefined` (an empty `href` links to the page
 *   itself), and so do values with control characters in them.
 */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  const cleaned = trimControls(url).replace(tabOrNewline, '');
  if (cleaned === '' || otherControls.test(cleaned)) return undefined;
  if (hasForbiddenScheme(cleaned)) return undefined;

  // Look again with everything a lenient reader could skip or decode taken out, until nothing
  // changes. This refuses a few odd relative paths ("my file:1"); no real link looks like that.
  let probe = cleaned;
  for (let round = 0; ; round++) {
    const decoded = decodeCharacterReferences(probe).replace(invisible, '');
    if (hasForbiddenScheme(decoded)) return undefined;
    if (decoded === probe) return cleaned;
    // Still decoding after every round a real URL needs: fail closed.
    if (round === maxDecodeRounds) return undefined;
    probe = decoded;
  }
}
