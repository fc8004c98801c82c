import {
  type ColorScale,
  type ColorStep,
  colorSteps,
  defaultTheme,
  type SamskapTheme,
} from './theme.js';

/**
 * Samskap's colour steps and the Designsystemet step each one reads. Samskap's `surface` is a
 * tinted fill, which Designsystemet calls `surface-tinted`; `on-base` is `base-contrast-default`.
 */
export const designsystemetSteps: Record<ColorStep, string> = {
  background: 'background-default',
  'background-tinted': 'background-tinted',
  surface: 'surface-tinted',
  'surface-hover': 'surface-hover',
  'surface-active': 'surface-active',
  'border-subtle': 'border-subtle',
  border: 'border-default',
  'border-strong': 'border-strong',
  'text-subtle': 'text-subtle',
  text: 'text-default',
  base: 'base-default',
  'base-hover': 'base-hover',
  'base-active': 'base-active',
  'on-base': 'base-contrast-default',
};

function scale(ds: string, fallback?: string): ColorScale {
  const out = {} as ColorScale;
  for (const step of colorSteps) {
    const name = `--ds-color-${ds}-${designsystemetSteps[step]}`;
    out[step] = fallback
      ? `var(${name}, var(--ds-color-${fallback}-${designsystemetSteps[step]}))`
      : `var(${name})`;
  }
  return out;
}

const colors = {
  scales: {
    neutral: scale('neutral'),
    accent: scale('accent'),
    // Samskap's second brand colour is Designsystemet's first extra one; a theme without it
    // falls back to the accent.
    brand2: scale('brand1', 'accent'),
    info: scale('info'),
    success: scale('success'),
    warning: scale('warning'),
    danger: scale('danger'),
  },
  focus: { outer: 'var(--ds-color-focus-outer)', inner: 'var(--ds-color-focus-inner)' },
};

/**
 * The Designsystemet bridge: a theme whose colours are Designsystemet's `--ds-color-*` custom
 * properties. Load a theme made with Designsystemet's theme builder and this theme (or
 * `@samskap/tokens/css/designsystemet.css`), and Samskap components take its colours. The
 * scheme follows Designsystemet's own `data-color-scheme` attribute, which Samskap's provider
 * also sets. Its contrast is the Designsystemet theme's, so `checkContrast` cannot measure it.
 */
export const designsystemetTheme: SamskapTheme = {
  name: 'designsystemet',
  color: { light: colors, dark: colors },
  base: { ...defaultTheme.base },
};
