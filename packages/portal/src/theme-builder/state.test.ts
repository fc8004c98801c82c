import { createTheme, themeFiles } from '@samskap/tokens';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BuilderValues,
  decodeThemeState,
  defaultValues,
  encodeThemeState,
  maxStateLength,
  optionsFrom,
  resolveTheme,
  themeCommand,
} from './state.js';

const kommune: BuilderValues = {
  name: 'kommune',
  accent: '#f28c28',
  brand2: '#8a1538',
  neutral: '#33403a',
  fontFamily: "'Sámi Grotesk', Øyvind Sans, system-ui",
  headingFontFamily: 'Georgia, serif',
  radius: 'lg',
};

describe('theme builder URL state', () => {
  it('restores every option from the state it wrote, non-ASCII fonts too', () => {
    const state = encodeThemeState(kommune);
    // Storybook's args parameter only carries these characters.
    expect(state).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = decodeThemeState(state);
    expect(decoded.problem).toBeUndefined();
    expect(decoded.values).toEqual(kommune);
    expect(decoded.theme.options).toEqual(optionsFrom(kommune));
  });

  it('gives the default theme without a problem when there is no state', () => {
    for (const state of [undefined, null, '']) {
      const decoded = decodeThemeState(state);
      expect(decoded.values).toEqual(defaultValues);
      expect(decoded.problem).toBeUndefined();
    }
  });

  it.each([
    ['not base64url', 'abc$%'],
    ['not UTF-8', btoa(String.fromCharCode(0xff, 0xfe, 0xfd)).replace(/=+$/, '')],
    ['too long', 'A'.repeat(maxStateLength + 1)],
    ['not text', 42],
    ['an object', { accent: '#fff' }],
  ])('falls back to the default theme and says so for state that is %s', (_, state) => {
    const decoded = decodeThemeState(state);
    expect(decoded.values).toEqual(defaultValues);
    expect(decoded.problem).toEqual({ kind: 'unreadable' });
  });

  it('keeps the usable options of a state and names the fields it could not use', () => {
    const query = new URLSearchParams({
      name: 'ok-name',
      accent: 'red-ish',
      brand2: '#8a1538',
      'font-family': 'Arial; } body { display: none',
      radius: 'huge',
      unknown: 'ignored',
    }).toString();
    const state = btoa(query).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const decoded = decodeThemeState(state);
    expect(decoded.problem).toEqual({ kind: 'fields', fields: ['accent', 'fontFamily', 'radius'] });
    expect(decoded.values).toEqual({
      ...defaultValues,
      name: 'ok-name',
      brand2: '#8a1538',
    });
    expect(decoded.theme.color.light.scales.brand2.base).toBe('#8a1538');
  });

  it('never throws on any string, whatever it decodes to', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const state = encodeThemeState({ ...defaultValues, name: text, fontFamily: text });
        expect(() => decodeThemeState(state)).not.toThrow();
        expect(() => decodeThemeState(text)).not.toThrow();
      }),
      { numRuns: 40 },
    );
  });
});

describe('resolveTheme', () => {
  it('lists every refused field in form order and makes the theme from the rest', () => {
    const r = resolveTheme({ ...kommune, name: 'ugyldig navn', neutral: '#12', radius: 'md' });
    expect(r.invalid).toEqual(['name', 'neutral']);
    expect(r.theme.name).toBe(defaultValues.name);
    expect(r.theme.options.accent).toBe('#f28c28');
  });
});

describe('themeCommand', () => {
  it('quotes what the shell would otherwise split or read as a comment', () => {
    const theme = createTheme(optionsFrom(kommune));
    expect(themeCommand(theme)).toBe(
      `npx samskap-theme --name kommune --accent '#f28c28' --brand2 '#8a1538' --neutral '#33403a' --font-family ''\\''Sámi Grotesk'\\'', Øyvind Sans, system-ui' --heading-font-family 'Georgia, serif' --radius lg --out kommune.css --tokens kommune.tokens.json`,
    );
  });

  it('names the files themeFiles makes', () => {
    const theme = createTheme({ name: 'nord', accent: '#0b6e4f' });
    const { css, tokens } = themeFiles(theme);
    expect(themeCommand(theme)).toContain(`--out ${css.fileName} --tokens ${tokens.fileName}`);
  });
});
