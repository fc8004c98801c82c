import { type DtcgGroup, flattenTokens } from './dtcg.js';
import base from './tokens/base.tokens.json';
import dark from './tokens/color.dark.tokens.json';
import light from './tokens/color.light.tokens.json';

export const colorScaleNames = [
  'neutral',
  'accent',
  'brand2',
  'info',
  'success',
  'warning',
  'danger',
] as const;
export type ColorScaleName = (typeof colorScaleNames)[number];

export const colorSteps = [
  'background',
  'background-tinted',
  'surface',
  'surface-hover',
  'surface-active',
  'border-subtle',
  'border',
  'border-strong',
  'text-subtle',
  'text',
  'base',
  'base-hover',
  'base-active',
  'on-base',
] as const;
export type ColorStep = (typeof colorSteps)[number];

export type ColorScale = Record<ColorStep, string>;

/** All colours of one colour scheme. */
export interface ColorSchemeTokens {
  scales: Record<ColorScaleName, ColorScale>;
  focus: { outer: string; inner: string };
}

export type ColorSchemeName = 'light' | 'dark';

/** A complete Samskap theme: what `SamskapProvider` and the CSS files apply. */
export interface SamskapTheme {
  /** Identifies the theme in CSS (`data-sk-theme`); letters, digits and dashes. */
  name: string;
  color: Record<ColorSchemeName, ColorSchemeTokens>;
  /** Scheme-independent tokens, flattened: `space-4`, `radius-md`, `font-size-md`... */
  base: Record<string, string>;
}

function colorSchemeFrom(tree: { color: unknown }): ColorSchemeTokens {
  const flat = flattenTokens(tree.color as DtcgGroup);
  const scales = {} as Record<ColorScaleName, ColorScale>;
  for (const scale of colorScaleNames) {
    const s = {} as ColorScale;
    for (const step of colorSteps) {
      const v = flat[`${scale}-${step}`];
      if (!v) throw new Error(`Token color.${scale}.${step} is missing`);
      s[step] = v;
    }
    scales[scale] = s;
  }
  return {
    scales,
    focus: { outer: flat['focus-outer'] ?? '', inner: flat['focus-inner'] ?? '' },
  };
}

/** The default Samskap theme. */
export const defaultTheme: SamskapTheme = {
  name: 'default',
  color: { light: colorSchemeFrom(light), dark: colorSchemeFrom(dark) },
  base: flattenTokens(base as DtcgGroup),
};
