import { describe, expect, it } from 'vitest';
import { createTheme } from './create.js';
import { colorVariables, themeToCss } from './css.js';
import { type DtcgGroup, flattenTokens } from './dtcg.js';
import { exampleThemes } from './examples.js';
import { themeFiles, themeToDtcg } from './files.js';
import { defaultTheme } from './theme.js';

describe('themeFiles', () => {
  it('gives the theme CSS exactly as themeToCss writes it, named after the theme', () => {
    const theme = createTheme({ name: 'kommune', accent: '#0b6e4f' });
    const { css } = themeFiles(theme);
    expect(css.fileName).toBe('kommune.css');
    expect(css.mediaType).toBe('text/css');
    expect(css.contents).toBe(themeToCss(theme));
  });

  it('writes DTCG tokens that hold every base token and every colour of both schemes', () => {
    const theme = createTheme({ name: 'varm', accent: '#f28c28', radius: 'lg' });
    const { tokens } = themeFiles(theme);
    expect(tokens.fileName).toBe('varm.tokens.json');
    expect(tokens.contents.endsWith('}\n')).toBe(true);
    const tree = JSON.parse(tokens.contents) as DtcgGroup;
    const { light, dark, ...baseGroups } = tree;
    // The base groups flatten back to exactly the theme's base tokens.
    expect(flattenTokens(baseGroups)).toEqual(theme.base);
    // Each scheme's colours flatten to exactly the variables the CSS sets for that scheme.
    for (const [scheme, group] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      const vars = Object.fromEntries(
        Object.entries(colorVariables(theme.color[scheme])).map(([k, v]) => [k.slice(5), v]),
      );
      expect(flattenTokens(group as DtcgGroup)).toEqual(vars);
    }
    const color = (t: unknown) =>
      (t as { color: Record<string, Record<string, { $value: string }>> }).color;
    expect(color(light).accent?.base?.$value).toBe(theme.color.light.scales.accent.base);
    expect(color(dark).accent?.base?.$value).toBe(theme.color.dark.scales.accent.base);
    expect(color(dark).focus?.outer?.$value).toBe(theme.color.dark.focus.outer);
    expect((light as { color: { $type: string } }).color.$type).toBe('color');
    expect((baseGroups.radius as DtcgGroup).$type).toBe('dimension');
    expect((baseGroups.radius as Record<string, { $value: string }>).md?.$value).toBe('0.5rem');
  });

  it('records the createTheme options so the file says how to make the theme again', () => {
    const theme = createTheme({ name: 'k', accent: '#0b6e4f', fontFamily: 'Ærlig Sans, serif' });
    const tree = JSON.parse(themeFiles(theme).tokens.contents);
    expect(tree.$extensions['no.samskap'].createTheme).toEqual({
      name: 'k',
      accent: '#0b6e4f',
      fontFamily: 'Ærlig Sans, serif',
    });
    // A hand-made theme has no options to record.
    expect(themeToDtcg(defaultTheme).$extensions).toBeUndefined();
  });

  it('gives the same bytes whatever order the options were written in', () => {
    const a = themeFiles(
      createTheme({ name: 'x', accent: '#1b365d', radius: 'sm', neutral: '#33403a' }),
    );
    const b = themeFiles(
      createTheme({ radius: 'sm', neutral: '#33403a', accent: '#1b365d', name: 'x' }),
    );
    expect(b.tokens.contents).toBe(a.tokens.contents);
    expect(b.css.contents).toBe(a.css.contents);
  });

  it('keeps non-ASCII font names as they are, in both files', () => {
    const font = "'Sámi Grotesk', Øyvind Sans, system-ui";
    const { css, tokens } = themeFiles(
      createTheme({ name: 'nord', accent: '#0b6e4f', fontFamily: font }),
    );
    expect(css.contents).toContain(`--sk-font-family-body: ${font};`);
    expect(JSON.parse(tokens.contents).font.family.body.$value).toBe(font);
  });

  it('refuses a theme that cannot safely become CSS, as themeToCss does', () => {
    const broken = { ...exampleThemes.kommune, base: { 'font-family-body': 'x;}' } };
    expect(() => themeFiles(broken)).toThrow(/font-family-body/);
  });
});
