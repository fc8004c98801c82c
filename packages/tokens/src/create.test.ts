import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContrast, contrastPairs, contrastReport } from './check.js';
import { contrastRatio } from './contrast.js';
import { createTheme, ThemeOptionError } from './create.js';
import { themeToCss } from './css.js';
import { exampleThemes } from './examples.js';
import { colorScaleNames, colorSteps } from './theme.js';

const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

describe('createTheme', () => {
  it('meets every contrast pair in light and dark for 250 random brand colours', () => {
    fc.assert(
      fc.property(hex, (accent) => {
        const theme = createTheme({ name: 'random', accent });
        expect(checkContrast(theme)).toEqual([]);
        expect(contrastReport(theme)).toHaveLength(contrastPairs.length * 2);
      }),
      { numRuns: 250 },
    );
    // A few milliseconds per theme, but the machines running this are shared.
  }, 60_000);

  it('meets them too with a random second brand colour and neutral tint', () => {
    fc.assert(
      fc.property(hex, hex, hex, (accent, brand2, neutral) => {
        expect(checkContrast(createTheme({ name: 'r', accent, brand2, neutral }))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('fills every step of every scale with a hex colour', () => {
    const theme = createTheme({ name: 'kommune', accent: '#0b6e4f' });
    for (const scheme of ['light', 'dark'] as const) {
      for (const scale of colorScaleNames) {
        for (const step of colorSteps) {
          expect(theme.color[scheme].scales[scale][step]).toMatch(/^#[0-9a-f]{6}$/);
        }
      }
    }
  });

  it('keeps a brand colour that already works, and lists nothing as adjusted', () => {
    const theme = createTheme({ name: 'kommune', accent: '#0B6E4F' });
    expect(theme.color.light.scales.accent.base).toBe('#0b6e4f');
    expect(theme.adjustments).toEqual([]);
  });

  it('moves a brand colour that fails on white and says so', () => {
    expect(contrastRatio('#f28c28', '#ffffff')).toBeLessThan(3);
    const theme = createTheme({ name: 'varm', accent: '#f28c28' });
    const base = theme.color.light.scales.accent.base;
    expect(base).not.toBe('#f28c28');
    expect(contrastRatio(base, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(theme.adjustments).toContainEqual(
      expect.objectContaining({
        scheme: 'light',
        token: 'accent.base',
        from: '#f28c28',
        to: base,
        reason: expect.stringMatching(/2\.\d\d:1, needs 3:1/),
        pairs: [
          {
            foreground: 'accent.base',
            background: 'neutral.background',
            ratio: contrastRatio('#f28c28', '#ffffff'),
            required: 3,
          },
        ],
      }),
    );
    // Dark text, not white, is what reads on a light orange.
    expect(contrastRatio(theme.color.light.scales.accent['on-base'], base)).toBeGreaterThanOrEqual(
      4.5,
    );
  });

  it('applies fonts and radius to the base tokens', () => {
    const theme = createTheme({
      name: 'dep',
      accent: '#1b365d',
      fontFamily: "'Source Sans 3', sans-serif",
      headingFontFamily: 'Georgia, serif',
      radius: 'none',
    });
    expect(theme.base['font-family-body']).toBe("'Source Sans 3', sans-serif");
    expect(theme.base['font-family-heading']).toBe('Georgia, serif');
    expect(theme.base['radius-md']).toBe('0rem');
    expect(theme.base['space-4']).toBe('1rem');
    expect(
      createTheme({ name: 'f', accent: '#000', fontFamily: 'Arial' }).base['font-family-heading'],
    ).toBe('Arial');
  });

  it.each([
    [{ name: 'x', accent: 'red-ish' }, 'accent', /"red-ish", which is not a colour.*#rgb.*#rrggbb/],
    [{ name: 'x', accent: '#12' }, 'accent', /"#12", which is not a colour/],
    [{ name: 'x' }, 'accent', /"accent" is missing\. Accepted: a hex colour/],
    [{ accent: '#0b6e4f' }, 'name', /"name" is missing\. Accepted: letters, digits and dashes/],
    [{ name: 'a b', accent: '#0b6e4f' }, 'name', /"a b"/],
    [{ name: 'x', accent: '#0b6e4f', brand2: 'blue' }, 'brand2', /"blue", which is not a colour/],
    [{ name: 'x', accent: '#0b6e4f', neutral: '#ggg' }, 'neutral', /not a colour/],
    [
      { name: 'x', accent: '#0b6e4f', radius: 'round' },
      'radius',
      /Accepted: "none", "sm", "md", "lg", "full"/,
    ],
    [
      { name: 'x', accent: '#0b6e4f', fontFamily: 'a; color: red' },
      'fontFamily',
      /list of font families/,
    ],
  ])('rejects %j naming the option %s', (options, option, message) => {
    const run = () => createTheme(options as never);
    expect(run).toThrow(ThemeOptionError);
    expect(run).toThrow(message);
    try {
      run();
    } catch (error) {
      expect((error as ThemeOptionError).option).toBe(option);
    }
  });
});

describe('example agency themes', () => {
  it.each(Object.entries(exampleThemes))('%s passes every pair in light and dark', (key, theme) => {
    expect(theme.name).toBe(key);
    expect(checkContrast(theme)).toEqual([]);
    expect(themeToCss(theme)).toContain(`[data-sk-theme="${key}"]`);
  });

  it('has a warm orange whose raw brand colour fails on white', () => {
    const raw = exampleThemes.varm.options.accent;
    expect(contrastRatio(raw, '#ffffff')).toBeLessThan(3);
    expect(exampleThemes.varm.adjustments.map((a) => a.token)).toContain('accent.base');
  });
});
