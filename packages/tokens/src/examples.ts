import { createTheme, type GeneratedTheme } from './create.js';

/**
 * Three agency themes shipped as examples and as CSS files (`@samskap/tokens/css/<name>.css`):
 * a municipality green, a ministry dark blue, and a warm orange whose raw brand colour is too
 * light for white backgrounds, to show what `createTheme` adjusts.
 */
export const exampleThemes: {
  readonly kommune: GeneratedTheme;
  readonly departement: GeneratedTheme;
  readonly varm: GeneratedTheme;
} = {
  kommune: /* @__PURE__ */ createTheme({ name: 'kommune', accent: '#0b6e4f', radius: 'lg' }),
  departement: /* @__PURE__ */ createTheme({
    name: 'departement',
    accent: '#1b365d',
    brand2: '#8a1538',
    headingFontFamily: "Georgia, 'Times New Roman', serif",
    radius: 'sm',
  }),
  varm: /* @__PURE__ */ createTheme({
    name: 'varm',
    accent: '#f28c28',
    brand2: '#2a6f97',
    radius: 'full',
  }),
};
