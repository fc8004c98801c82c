import { describe, expect, it } from 'vitest';
import { checkContrast, contrastPairs, contrastReport, formatContrastResult } from './check.js';
import { designsystemetTheme } from './designsystemet.js';
import { defaultTheme, type SamskapTheme } from './theme.js';

function broken(): SamskapTheme {
  const theme: SamskapTheme = structuredClone(defaultTheme);
  // Light grey text on white, and a dark focus ring on the dark page: both on purpose.
  theme.color.light.scales.accent.text = '#9fb3c8';
  theme.color.dark.focus.outer = '#1d2227';
  return theme;
}

describe('checkContrast', () => {
  it('finds nothing in the default theme, light and dark', () => {
    const report = contrastReport(defaultTheme);
    expect(report.filter((r) => r.scheme === 'light')).toHaveLength(contrastPairs.length);
    expect(report.filter((r) => r.scheme === 'dark')).toHaveLength(contrastPairs.length);
    expect(checkContrast(defaultTheme)).toEqual([]);
  });

  it('finds the failing pairs of a theme broken on purpose, with ratio and required ratio', () => {
    const failures = checkContrast(broken());
    expect(failures).toContainEqual(
      expect.objectContaining({
        scheme: 'light',
        foreground: 'accent.text',
        background: 'neutral.background',
        foregroundColor: '#9fb3c8',
        required: 4.5,
        ratio: expect.closeTo(2.13, 1),
        pass: false,
      }),
    );
    expect(failures).toContainEqual(
      expect.objectContaining({
        scheme: 'dark',
        foreground: 'focus.outer',
        background: 'neutral.background',
        required: 3,
        kind: 'focus',
      }),
    );
    // Nothing that still passes is reported.
    expect(failures.every((f) => f.ratio < f.required)).toBe(true);
    expect(failures.some((f) => f.foreground === 'danger.text')).toBe(false);
    expect(formatContrastResult(failures[0] as (typeof failures)[number])).toMatch(
      /^light accent\.text \(#9fb3c8\) on .*needs 4\.5:1\)$/,
    );
  });

  it('covers text on surfaces, on-base on every base state, borders and focus', () => {
    const has = (fg: string, bg: string, required: number) =>
      contrastPairs.some(
        (p) => p.foreground === fg && p.background === bg && p.required === required,
      );
    expect(has('accent.text', 'accent.surface-hover', 4.5)).toBe(true);
    expect(has('warning.on-base', 'warning.base-active', 4.5)).toBe(true);
    expect(has('neutral.border', 'neutral.background', 3)).toBe(true);
    expect(has('focus.outer', 'focus.inner', 3)).toBe(true);
  });

  it('leaves out what it cannot measure: the Designsystemet bridge refers to variables', () => {
    expect(contrastReport(designsystemetTheme)).toEqual([]);
  });
});

describe('contrastPairs', () => {
  it('lists each pair once', () => {
    const keys = contrastPairs.map((p) => `${p.foreground}|${p.background}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
