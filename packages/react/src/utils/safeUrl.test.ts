// Node's own WHATWG URL parser checks the results: the algorithm browsers follow, and far
// faster than the jsdom global.
import { URL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectLinear } from '../../../../test/linear.js';
import { safeUrl } from './safeUrl.js';

const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const base = 'https://portal.example/saker/';

/** The protocol a browser would follow for this href on an https page, or null if none. */
function protocolOf(href: string): string | null {
  try {
    return new URL(href, base).protocol;
  } catch {
    return null;
  }
}

describe('safeUrl', () => {
  it.each([
    ['https://example.org/saker?id=1#kommentarer', 'https://example.org/saker?id=1#kommentarer'],
    ['http://example.org', 'http://example.org'],
    ['HTTPS://EXAMPLE.ORG/', 'HTTPS://EXAMPLE.ORG/'],
    ['mailto:postmottak@kommune.no', 'mailto:postmottak@kommune.no'],
    ['MailTo:postmottak@kommune.no?subject=Tips', 'MailTo:postmottak@kommune.no?subject=Tips'],
    ['tel:+4722000000', 'tel:+4722000000'],
    ['/saker/ny-barnehage', '/saker/ny-barnehage'],
    ['saker/1', 'saker/1'],
    ['./saker/1', './saker/1'],
    ['../saker', '../saker'],
    ['?side=2', '?side=2'],
    ['#kommentarer', '#kommentarer'],
    ['/sok?q=a:b', '/sok?q=a:b'],
    ['saker/1:2', 'saker/1:2'],
    // Percent-encoding is not decoded when a browser looks for the scheme: a relative path.
    ['%6Aavascript:alert(1)', '%6Aavascript:alert(1)'],
    ['javascript%3Aalert(1)', 'javascript%3Aalert(1)'],
    // Protocol-relative: takes the page's scheme (http or https); allowed, see the JSDoc.
    ['//evil.example/x', '//evil.example/x'],
    ['\\\\evil.example', '\\\\evil.example'],
    // Cleaned the way the URL parser cleans it, so what is rendered is what was checked.
    ['  https://example.org/  ', 'https://example.org/'],
    ['\u0000\u001f https://example.org', 'https://example.org'],
    ['https://exa\tmple.org/\n', 'https://example.org/'],
    ['https://example.org/a%20b c', 'https://example.org/a%20b c'],
  ])('lets %j through as %j', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' JaVaScRiPt:alert(1)',
    '\u0001\u0002javascript:alert(1)',
    '\u00a0javascript:alert(1)',
    '\ufeffjavascript:alert(1)',
    '\u200bjavascript:alert(1)',
    'javascript:alert(1)   ',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'j\ta\nv\ra\tscript:alert(1)',
    'java\u0000script:alert(1)',
    'javascript\t:alert(1)',
    'java script:alert(1)',
    '&#106;avascript:alert(1)',
    '&#106avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '&#X6a;avascript:alert(1)',
    '&#0000106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'java&Tab;script:alert(1)',
    'java&NewLine;script:alert(1)',
    '&amp;#106;avascript:alert(1)',
    '&#x26;#106;avascript:alert(1)',
    // Encoded again and again: decoding goes on until nothing changes, not three rounds.
    '&amp;amp;amp;#106;avascript:alert(1)',
    `&${'amp;'.repeat(6)}#106;avascript:alert(1)`,
    // Still changing after every round a real URL needs: refused rather than decoded forever.
    `&${'amp;'.repeat(40)}x`,
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:msgbox(1)',
    'VbScRiPt:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/1',
    'ftp://example.org',
    'about:blank',
    'x-custom+scheme.1:foo',
    'https://example.org/a\u0007b',
    'java\u0008script:alert(1)',
    '',
    '   ',
    '\t\n',
  ])('refuses %j', (input) => {
    expect(safeUrl(input)).toBeUndefined();
  });

  it('refuses what is not a string', () => {
    expect(safeUrl(undefined)).toBeUndefined();
    expect(safeUrl(null)).toBeUndefined();
    expect(safeUrl(42 as unknown as string)).toBeUndefined();
  });

  // Given a generous timeout: two cores shared by several test runs make this slow at times.
  it('whatever it lets through, a browser follows only with an allowed scheme', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (input) => {
        const result = safeUrl(input);
        if (result === undefined) return true;
        const protocol = protocolOf(result);
        return protocol === null || allowedProtocols.has(protocol);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses every forbidden scheme however it is cased, padded or split', () => {
    const scheme = fc.constantFrom('javascript', 'data', 'vbscript', 'file', 'blob');
    const mixedCase = scheme.chain((s) =>
      fc
        .array(fc.boolean(), { minLength: s.length, maxLength: s.length })
        .map((upper) => [...s].map((c, i) => (upper[i] ? c.toUpperCase() : c))),
    );
    const filler = fc.constantFrom('', '', '\t', '\n', '\r');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: leading controls are the input under test
    const edge = fc.stringMatching(/^[\u0000-\u0020]{0,4}$/);
    fc.assert(
      fc.property(
        mixedCase,
        fc.array(filler, { minLength: 12, maxLength: 12 }),
        edge,
        fc.string({ maxLength: 20 }),
        (letters, gaps, pad, rest) => {
          const split = letters.map((c, i) => c + (gaps[i] ?? '')).join('');
          expect(safeUrl(`${pad}${split}:${rest}`)).toBeUndefined();
        },
      ),
    );
  });

  it('lets every well-formed web URL through unchanged', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(safeUrl(url)).toBe(url);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (input) => {
        const once = safeUrl(input);
        if (once !== undefined) expect(safeUrl(once)).toBe(once);
      }),
    );
  });

  it('takes time in proportion to the length, whatever the input', () => {
    // A run of spaces inside the value (not at its end) once made the trim quadratic.
    expectLinear((n, i) => `https://a${i}${' '.repeat(n)}b`, safeUrl, { n: 5_000 });
    expectLinear((n, i) => `/${i}&${'amp;'.repeat(n)}#106;`, safeUrl, { n: 1_000 });
    expectLinear((n, i) => `https://example.org/${i}${'a'.repeat(n)}`, safeUrl, { n: 5_000 });
  });
});
