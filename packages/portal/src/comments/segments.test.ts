import { describe, expect, it } from 'vitest';
import { expectLinear } from '../../../../test/linear.js';
import { bodySegments, COMMENT_BODY_MAX_LENGTH } from './segments.js';

// Stands in for safeUrl: lets only http and https through.
const httpOnly = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

describe('bodySegments', () => {
  it('keeps line breaks, blank lines included', () => {
    expect(bodySegments('a\nb\r\n\nc', httpOnly)).toEqual([
      { type: 'text', text: 'a' },
      { type: 'break' },
      { type: 'text', text: 'b' },
      { type: 'break' },
      { type: 'break' },
      { type: 'text', text: 'c' },
    ]);
  });

  it('turns web addresses into links and leaves sentence punctuation outside', () => {
    expect(bodySegments('Se https://vegvesen.no/sak?id=1. Eller www.nav.no!', httpOnly)).toEqual([
      { type: 'text', text: 'Se ' },
      { type: 'link', text: 'https://vegvesen.no/sak?id=1', href: 'https://vegvesen.no/sak?id=1' },
      { type: 'text', text: '. Eller ' },
      { type: 'link', text: 'www.nav.no', href: 'https://www.nav.no' },
      { type: 'text', text: '!' },
    ]);
  });

  it('keeps a closing bracket that belongs to the address', () => {
    const [, link, rest] = bodySegments('(se https://no.wikipedia.org/wiki/Bro_(bygg))', httpOnly);
    expect(link).toMatchObject({ text: 'https://no.wikipedia.org/wiki/Bro_(bygg)' });
    expect(rest).toEqual({ type: 'text', text: ')' });
  });

  it('keeps anything the check refuses, and anything not a web address, as text', () => {
    const refuse = () => undefined;
    expect(bodySegments('https://x.no', refuse)).toEqual([{ type: 'text', text: 'https://x.no' }]);
    expect(bodySegments('javascript:alert(1) data:text/html,<b>x</b>', httpOnly)).toEqual([
      { type: 'text', text: 'javascript:alert(1) data:text/html,<b>x</b>' },
    ]);
  });

  it('does not throw when the check throws, or when the body is not a string', () => {
    const boom = () => {
      throw new Error('no');
    };
    expect(bodySegments('https://x.no', boom)).toEqual([{ type: 'text', text: 'https://x.no' }]);
    expect(bodySegments(undefined, httpOnly)).toEqual([]);
    expect(bodySegments(42, httpOnly)).toEqual([]);
  });

  it('trims a long run of closing brackets after an address in linear time', () => {
    const allow = (url: string) => url;
    const body = (n: number, i: number) => `https://example.org/${i}${')'.repeat(n)}`;
    expectLinear(body, (b) => bodySegments(b, allow, Number.POSITIVE_INFINITY), { n: 2_000 });
    expect(bodySegments(body(3, 0), allow)).toEqual([
      { type: 'link', text: 'https://example.org/0', href: 'https://example.org/0' },
      { type: 'text', text: ')))' },
    ]);
  });

  it('segments any body in time linear in its length', () => {
    const allow = (url: string) => url;
    const bodies = [
      (n: number, i: number) => `${i} ${'www.a.no '.repeat(n)}`,
      (n: number, i: number) => `${i}${'\n'.repeat(n)}`,
      (n: number, i: number) => `https://${i}.no/${'(('.repeat(n)}${'.,)'.repeat(n)}`,
    ];
    for (const make of bodies) {
      expectLinear(make, (b) => bodySegments(b, allow, Number.POSITIVE_INFINITY), { n: 500 });
    }
  });

  it(`cuts a body longer than ${COMMENT_BODY_MAX_LENGTH} characters, counting an emoji as one`, () => {
    const check = () => undefined;
    const long = `${'😀'.repeat(COMMENT_BODY_MAX_LENGTH)}tail`;
    const [segment] = bodySegments(long, check);
    expect(segment).toEqual({ type: 'text', text: `${'😀'.repeat(COMMENT_BODY_MAX_LENGTH)}…` });
    expect(bodySegments('a'.repeat(1000), check)).toEqual([
      { type: 'text', text: 'a'.repeat(1000) },
    ]);
    expect(bodySegments('abcdef', check, 3)).toEqual([{ type: 'text', text: 'abc…' }]);
  });
});
