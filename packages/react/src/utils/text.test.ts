import { describe, expect, it } from 'vitest';
import { countCharacters } from './text.js';

describe('countCharacters', () => {
  it('counts an emoji and a letter outside the basic plane as one character each', () => {
    expect(countCharacters('😀')).toBe(1);
    expect(countCharacters('a😀𝔄')).toBe(3);
  });

  it('counts "å" as one whether it was typed as one letter or as a and a combining ring', () => {
    expect(countCharacters('å')).toBe(1);
    expect(countCharacters('a\u030a')).toBe(1);
    expect(countCharacters('Blåbærsyltetøy')).toBe(14);
  });

  it('counts spaces and line breaks, and nothing in an empty text', () => {
    expect(countCharacters('')).toBe(0);
    expect(countCharacters(' a\nb ')).toBe(5);
  });

  it('takes about ten times as long for ten times the text', () => {
    const time = (n: number) => {
      const s = 'æ😀a'.repeat(n);
      const start = performance.now();
      for (let i = 0; i < 5; i++) countCharacters(s);
      return performance.now() - start;
    };
    time(10_000);
    const small = Math.max(time(20_000), 0.5);
    const large = time(200_000);
    expect(large / small).toBeLessThan(40);
  });
});
