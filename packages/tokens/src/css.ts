import type { ColorSchemeName, ColorSchemeTokens, SamskapTheme } from './theme.js';
import { ThemeError, validateTheme } from './validate.js';

/** The CSS custom property prefix. Every Samskap variable starts with it. */
export const cssVarPrefix = '--sk-';

/** `var(--sk-<name>)`, for component styles that read a token. */
export function cssVar(name: string): string {
  return `var(${cssVarPrefix}${name})`;
}

// Values end up inside a <style> element; a "<" could close it early, so it is escaped.
function safeValue(value: string): string {
  return value.replace(/</g, '\\3c ').replace(/[{};]/g, '');
}

/** The colour variables of one scheme, as `--sk-color-<scale>-<step>` -> value. */
export function colorVariables(scheme: ColorSchemeTokens): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [scale, steps] of Object.entries(scheme.scales)) {
    for (const [step, value] of Object.entries(steps)) {
      out[`${cssVarPrefix}color-${scale}-${step}`] = value;
    }
  }
  out[`${cssVarPrefix}color-focus-outer`] = scheme.focus.outer;
  out[`${cssVarPrefix}color-focus-inner`] = scheme.focus.inner;
  return out;
}

/** Every variable of a theme in one scheme. */
export function themeVariables(
  theme: SamskapTheme,
  scheme: ColorSchemeName,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(theme.base)) out[`${cssVarPrefix}${k}`] = v;
  Object.assign(out, colorVariables(theme.color[scheme]));
  return out;
}

function block(selector: string, vars: Record<string, string>, extra = ''): string {
  const body = Object.entries(vars)
    .map(([k, v]) => `  ${k}: ${safeValue(v)};`)
    .join('\n');
  return `${selector} {\n${extra}${body}\n}`;
}

export interface ThemeCssOptions {
  /**
   * The element(s) the theme applies to. Default: `:root` and any element with
   * `data-sk-theme="<name>"`.
   */
  selector?: string;
}

/**
 * The CSS for a theme (checked first with `validateTheme`, which throws a `ThemeError`): base tokens and light colours on the selector, dark colours under
 * `[data-color-scheme="dark"]`, and `[data-color-scheme="auto"]` following the reader's
 * `prefers-color-scheme` in CSS alone, so server-rendered HTML is right before any script runs.
 */
export function themeToCss(theme: SamskapTheme, options: ThemeCssOptions = {}): string {
  // Keys and values become CSS text: a key or value that could end its block, open a comment or
  // close the <style> element is refused here, with the part at fault named.
  validateTheme(theme);
  if (options.selector !== undefined && !/^[^{};<>\\]+$/.test(options.selector)) {
    throw new ThemeError(
      'selector',
      `is ${JSON.stringify(options.selector)}. Accepted: a CSS selector list without { } ; < > or \\.`,
    );
  }
  const sel = options.selector ?? `:root, [data-sk-theme="${theme.name}"]`;
  const scoped = (suffix: string) =>
    sel
      .split(',')
      .map((s) => `${s.trim()}${suffix}`)
      .join(', ');
  const lightVars = themeVariables(theme, 'light');
  const lightColors = colorVariables(theme.color.light);
  const darkColors = colorVariables(theme.color.dark);
  const durations = Object.fromEntries(
    Object.keys(theme.base)
      .filter((k) => k.startsWith('motion-duration-'))
      .map((k) => [`${cssVarPrefix}${k}`, reducedMotionDuration]),
  );
  const parts = [
    `/* Samskap theme "${theme.name}" */`,
    block(sel, lightVars, '  color-scheme: light;\n'),
    block(scoped('[data-color-scheme="dark"]'), darkColors, '  color-scheme: dark;\n'),
    `@media (prefers-color-scheme: dark) {\n${block(
      scoped('[data-color-scheme="auto"]'),
      darkColors,
      '  color-scheme: dark;\n',
    )}\n}`,
    `@media (prefers-reduced-motion: reduce) {\n${block(sel, durations)}\n}`,
  ];
  // A custom property that refers to another is resolved where it is declared. A theme whose
  // colours are another system's variables (the Designsystemet bridge) is therefore declared
  // again wherever that system switches scheme or colour, so descendants follow it.
  if (Object.values(lightColors).some((v) => v.includes('var('))) {
    parts.push(
      block(scoped(' :is([data-color-scheme], [data-color]):not([data-sk-theme])'), lightColors),
    );
  }
  return [...parts, ''].join('\n');
}

/**
 * What motion durations become under `prefers-reduced-motion: reduce`. Not zero: a zero-length
 * transition fires no `transitionend`, and components may wait for it.
 */
export const reducedMotionDuration = '0.01ms';
