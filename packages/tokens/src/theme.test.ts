import { describe, expect, it } from 'vitest';
import { expectLinear } from '../../../test/linear.js';
import { contrastRatio } from './contrast.js';
import { reducedMotionDuration, themeToCss, themeVariables } from './css.js';
import { designsystemetTheme } from './designsystemet.js';
import { exampleThemes } from './examples.js';
import { type ColorSchemeName, colorScaleNames, defaultTheme } from './theme.js';
import { cssValueProblem, fontFamilyProblem, ThemeError, validateTheme } from './validate.js';

const schemes: ColorSchemeName[] = ['light', 'dark'];

describe('default theme contrast', () => {
  for (const scheme of schemes) {
    const { scales, focus } = defaultTheme.color[scheme];
    const page = scales.neutral.background;
    for (const name of colorScaleNames) {
      const s = scales[name];
      it(`${scheme} ${name}: text on background and surfaces reaches 4.5:1`, () => {
        for (const bg of [page, s['background-tinted'], s.surface, s['surface-hover']]) {
          expect(contrastRatio(s.text, bg)).toBeGreaterThanOrEqual(4.5);
          expect(contrastRatio(s['text-subtle'], bg)).toBeGreaterThanOrEqual(4.5);
        }
      });
      it(`${scheme} ${name}: on-base on base reaches 4.5:1 in every state`, () => {
        for (const bg of [s.base, s['base-hover'], s['base-active']]) {
          expect(contrastRatio(s['on-base'], bg)).toBeGreaterThanOrEqual(4.5);
        }
      });
      it(`${scheme} ${name}: borders and base reach 3:1 against the page`, () => {
        expect(contrastRatio(s.border, page)).toBeGreaterThanOrEqual(3);
        expect(contrastRatio(s['border-strong'], page)).toBeGreaterThanOrEqual(3);
        expect(contrastRatio(s.base, page)).toBeGreaterThanOrEqual(3);
      });
    }
    it(`${scheme}: the focus ring reaches 3:1 against the page and its inner ring`, () => {
      expect(contrastRatio(focus.outer, page)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(focus.outer, focus.inner)).toBeGreaterThanOrEqual(3);
    });
  }
});

describe('contrastRatio', () => {
  it('gives the WCAG extremes and is symmetric', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(contrastRatio('#767676', '#ffffff'));
  });
  it('rejects what is not a hex colour', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow(/Not a hex colour/);
  });
});

describe('themeToCss', () => {
  const css = themeToCss(defaultTheme);
  it('writes light variables on the root and the theme attribute', () => {
    expect(css).toContain(':root, [data-sk-theme="default"] {');
    expect(css).toContain(
      `--sk-color-accent-base: ${defaultTheme.color.light.scales.accent.base};`,
    );
  });
  it('writes dark variables for an explicit dark scheme and for auto under the media query', () => {
    const dark = defaultTheme.color.dark.scales.accent.base;
    expect(css).toMatch(/\[data-color-scheme="dark"\] \{[^}]*color-scheme: dark;/);
    expect(css).toMatch(
      new RegExp(
        `@media \\(prefers-color-scheme: dark\\) \\{\\s*:root\\[data-color-scheme="auto"\\][^{]*\\{[^}]*--sk-color-accent-base: ${dark}`,
      ),
    );
  });
  it('refuses a theme name that could break out of its selector', () => {
    expect(() => themeToCss({ ...defaultTheme, name: 'x"]{}' })).toThrow(
      /name is "x\\"]{}". Accepted: letters, digits and dashes/,
    );
  });
  it('refuses values that could close a style element, naming the token', () => {
    const evil = { ...defaultTheme, base: { 'font-family-body': 'a</style><script>' } };
    expect(() => themeToCss(evil)).toThrow('base["font-family-body"] contains "<"');
  });
  it('has a value for every variable the components read', () => {
    const vars = themeVariables(defaultTheme, 'light');
    for (const name of [
      '--sk-space-4',
      '--sk-radius-md',
      '--sk-focus-width',
      '--sk-font-size-md',
    ]) {
      expect(vars[name]).toBeTruthy();
    }
  });
  it('collapses motion durations under prefers-reduced-motion', () => {
    const reduced = css.slice(css.indexOf('@media (prefers-reduced-motion: reduce)'));
    expect(reduced).toContain(`--sk-motion-duration-fast: ${reducedMotionDuration};`);
    expect(reduced).toContain(`--sk-motion-duration-slow: ${reducedMotionDuration};`);
    expect(css).toContain('--sk-motion-duration-normal: 200ms;');
  });
  it('re-declares a bridge theme where the other system switches scheme or colour', () => {
    const bridge = themeToCss(designsystemetTheme);
    expect(bridge).toContain(
      '--sk-color-accent-on-base: var(--ds-color-accent-base-contrast-default);',
    );
    expect(bridge).toContain('--sk-color-neutral-surface: var(--ds-color-neutral-surface-tinted);');
    expect(bridge).toContain(
      '--sk-color-brand2-base: var(--ds-color-brand1-base-default, var(--ds-color-accent-base-default));',
    );
    expect(bridge).toContain(
      '[data-sk-theme="designsystemet"] :is([data-color-scheme], [data-color]):not([data-sk-theme]) {',
    );
    expect(css).not.toContain(':is([data-color-scheme]');
  });
});

describe('themes from a file an agency edits', () => {
  it('refuses a token key that would close the block and add rules, naming it', () => {
    const evil = {
      ...defaultTheme,
      base: { ...defaultTheme.base, 'x: 0 } body { color: red': '1' },
    };
    expect(() => themeToCss(evil)).toThrow(
      /base\["x: 0 } body \{ color: red"\] is not a valid token name/,
    );
    const scale = structuredClone(defaultTheme);
    (scale.color.dark.scales as Record<string, unknown>)['accent}*{'] = { base: '#000' };
    expect(() => themeToCss(scale)).toThrow(/color\.dark\.scales\["accent}\*\{"\]/);
  });

  it.each([
    ['Arial /* the rest is a comment', 'opens a comment'],
    ["'Source Sans 3, sans-serif", "leaves a quote (') open"],
    ['Arial; color: red', 'contains ";"'],
    ['Arial, , serif', 'has an empty entry'],
    ['url(https://evil.example/x)', 'loads a resource'],
  ])('refuses the font family %j: %s', (font, problem) => {
    const theme = { ...defaultTheme, base: { ...defaultTheme.base, 'font-family-body': font } };
    expect(() => validateTheme(theme)).toThrow(problem);
    expect(() => themeToCss(theme)).toThrow(ThemeError);
  });

  it('accepts every theme Samskap ships', () => {
    for (const theme of [defaultTheme, designsystemetTheme, ...Object.values(exampleThemes)]) {
      expect(validateTheme(theme)).toBe(theme);
    }
  });

  it('checks values in time linear in their length', () => {
    expectLinear((n, i) => `${i}${'('.repeat(n)}${')'.repeat(n)}`, cssValueProblem, { n: 2_000 });
    expectLinear((n, i) => `a${i}${', b'.repeat(n)}`, fontFamilyProblem, { n: 100 });
  });
});
