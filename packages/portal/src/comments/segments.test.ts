import { describe, expect, it } from 'vitest';
import { bodySegments } from './segments.js';

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
});
