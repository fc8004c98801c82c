import { type ColorRef, colorAt, contrastPairs } from './check.js';
import { contrastRatio, parseHex, relativeLuminance } from './contrast.js';
import { hexToOklch, type Oklch, oklchToHex } from './oklch.js';
import {
  type ColorScale,
  type ColorScaleName,
  type ColorSchemeName,
  type ColorSchemeTokens,
  type ColorStep,
  colorScaleNames,
  defaultTheme,
  type SamskapTheme,
} from './theme.js';
import { fontFamilyProblem } from './validate.js';

export type RadiusStyle = 'none' | 'sm' | 'md' | 'lg' | 'full';
export const radiusStyles: readonly RadiusStyle[] = ['none', 'sm', 'md', 'lg', 'full'];

export interface CreateThemeOptions {
  /** The theme's name, used in CSS (`data-sk-theme`): letters, digits and dashes. */
  name: string;
  /** The brand colour, `#rgb` or `#rrggbb`. Becomes the `accent` scale. */
  accent: string;
  /** An optional second brand colour for the `brand2` scale. */
  brand2?: string;
  /** A colour to tint the greys with (only its hue and a little chroma are used). */
  neutral?: string;
  /** Font stack for body text. */
  fontFamily?: string;
  /** Font stack for headings. Defaults to `fontFamily`. */
  headingFontFamily?: string;
  /** How rounded corners are. @default 'md' */
  radius?: RadiusStyle;
}

/** A colour that `createTheme` moved in lightness so that a contrast pair passes. */
export interface ThemeAdjustment {
  scheme: ColorSchemeName;
  /** The adjusted colour, e.g. `accent.base`. */
  token: ColorRef;
  from: string;
  to: string;
  /** Why, e.g. `accent.base on neutral.background: 2.34:1, needs 3:1`. */
  reason: string;
  /** The same, as data: each pair that fell short, with its ratio before the move. */
  pairs: ThemeAdjustmentPair[];
}

/** A contrast pair that made `createTheme` move a colour, as it was before the move. */
export interface ThemeAdjustmentPair {
  foreground: ColorRef;
  background: ColorRef;
  /** The contrast ratio before the move. */
  ratio: number;
  /** The ratio the pair needs: 4.5 for text, 3 for UI parts and focus rings. */
  required: number;
}

/** A theme made by `createTheme`: a `SamskapTheme` plus what it had to change. */
export interface GeneratedTheme extends SamskapTheme {
  /** The options it was made from, validated. */
  options: CreateThemeOptions;
  /** Every colour moved to reach contrast; empty when the brand colours worked as given. */
  adjustments: ThemeAdjustment[];
}

/** Thrown for invalid `createTheme` options; `option` names the one at fault. */
export class ThemeOptionError extends TypeError {
  readonly option: string;
  constructor(option: string, message: string) {
    super(`createTheme: option "${option}" ${message}`);
    this.name = 'ThemeOptionError';
    this.option = option;
  }
}

const hexHelp = 'Accepted: a hex colour, "#rgb" or "#rrggbb", e.g. "#0b6e4f".';

function checkColor(options: Record<string, unknown>, key: string, required: boolean) {
  const value = options[key];
  if (value === undefined || value === null || value === '') {
    if (required) throw new ThemeOptionError(key, `is missing. ${hexHelp}`);
    return;
  }
  if (typeof value !== 'string' || !parseHex(value)) {
    throw new ThemeOptionError(
      key,
      `is ${JSON.stringify(value)}, which is not a colour. ${hexHelp}`,
    );
  }
}

function checkFont(options: Record<string, unknown>, key: string) {
  const value = options[key];
  if (value === undefined) return;
  // The stack ends up inside a declaration: anything that could end it, open a comment or
  // leave a quote open (and so swallow the rest of the stylesheet) is refused.
  const problem = fontFamilyProblem(value);
  if (problem) {
    throw new ThemeOptionError(
      key,
      `is ${JSON.stringify(value)}, which ${problem}. Accepted: a comma-separated list of font families, each a name of letters, digits, spaces and dashes or a quoted name, e.g. "'Source Sans 3', system-ui, sans-serif".`,
    );
  }
}

function validate(input: unknown): CreateThemeOptions {
  if (typeof input !== 'object' || input === null) {
    throw new ThemeOptionError(
      'accent',
      `is missing: createTheme needs an options object. ${hexHelp}`,
    );
  }
  const o = input as Record<string, unknown>;
  if (typeof o.name !== 'string' || !/^[a-z0-9][a-z0-9-]*$/i.test(o.name)) {
    throw new ThemeOptionError(
      'name',
      `is ${o.name === undefined ? 'missing' : JSON.stringify(o.name)}. Accepted: letters, digits and dashes, starting with a letter or digit, e.g. "kommune".`,
    );
  }
  checkColor(o, 'accent', true);
  checkColor(o, 'brand2', false);
  checkColor(o, 'neutral', false);
  checkFont(o, 'fontFamily');
  checkFont(o, 'headingFontFamily');
  if (o.radius !== undefined && !radiusStyles.includes(o.radius as RadiusStyle)) {
    throw new ThemeOptionError(
      'radius',
      `is ${JSON.stringify(o.radius)}. Accepted: ${radiusStyles.map((r) => `"${r}"`).join(', ')}.`,
    );
  }
  return o as unknown as CreateThemeOptions;
}

// OKLCH lightness, chroma share and chroma cap for each generated step, in light and in dark side
// by side. Chroma is capped so that tints stay calm whatever the brand colour's saturation.
type Tone = [lightness: number, share: number, cap: number];
type RecipeStep = Exclude<
  ColorStep,
  'background' | 'base' | 'base-hover' | 'base-active' | 'on-base'
>;
const recipes: Record<RecipeStep, Record<ColorSchemeName, Tone>> = {
  'background-tinted': { light: [0.98, 0.15, 0.015], dark: [0.215, 0.3, 0.03] },
  surface: { light: [0.96, 0.25, 0.03], dark: [0.25, 0.4, 0.045] },
  'surface-hover': { light: [0.935, 0.35, 0.045], dark: [0.285, 0.45, 0.055] },
  'surface-active': { light: [0.905, 0.45, 0.06], dark: [0.32, 0.5, 0.065] },
  'border-subtle': { light: [0.83, 0.6, 0.09], dark: [0.38, 0.6, 0.08] },
  border: { light: [0.56, 0.9, 0.2], dark: [0.64, 0.8, 0.15] },
  'border-strong': { light: [0.46, 1, 0.2], dark: [0.77, 0.7, 0.13] },
  'text-subtle': { light: [0.45, 0.9, 0.18], dark: [0.8, 0.6, 0.12] },
  text: { light: [0.31, 0.7, 0.12], dark: [0.93, 0.3, 0.05] },
};

const tone = (src: Oklch, l: number, share: number, cap: number) =>
  oklchToHex({ l, c: Math.min(src.c * share, cap), h: src.h });

function pickOnBase(base: string, src: Oklch): string {
  const white = '#ffffff';
  const dark = tone(src, 0.2, 0.3, 0.04);
  return contrastRatio(white, base) >= contrastRatio(dark, base) ? white : dark;
}

interface ScaleSource {
  color: Oklch;
  /** The exact colour to use as `base` in light, if it works. */
  lightBase?: string;
}

function generateScale(src: ScaleSource, scheme: ColorSchemeName, pageBg: string): ColorScale {
  const c = src.color;
  const out = { background: pageBg } as ColorScale;
  for (const [step, tones] of Object.entries(recipes)) {
    const [l, share, cap] = tones[scheme];
    out[step as ColorStep] = tone(c, l, share, cap);
  }
  const baseL = scheme === 'light' ? c.l : Math.min(0.86, Math.max(0.72, c.l));
  const base = scheme === 'light' && src.lightBase ? src.lightBase : tone(c, baseL, 1, 0.37);
  out.base = base;
  return out;
}

/** Hover and active go in the direction that keeps on-base text readable. */
function addStates(scale: ColorScale, src: Oklch) {
  scale['on-base'] = pickOnBase(scale.base, src);
  const b = hexToOklch(scale.base);
  let dir = relativeLuminance(scale['on-base']) > relativeLuminance(scale.base) ? -1 : 1;
  // A base at black or white has nowhere to go that way, so its states go the other way.
  if (b.l + dir * 0.12 < 0 || b.l + dir * 0.12 > 1) dir = -dir;
  scale['base-hover'] = oklchToHex({ ...b, l: b.l + dir * 0.06 });
  scale['base-active'] = oklchToHex({ ...b, l: b.l + dir * 0.12 });
}

function setColor(scheme: ColorSchemeTokens, ref: ColorRef, value: string) {
  if (ref === 'focus.outer') scheme.focus.outer = value;
  else if (ref === 'focus.inner') scheme.focus.inner = value;
  else {
    const [scale, step] = ref.split('.') as [ColorScaleName, ColorStep];
    scheme.scales[scale][step] = value;
  }
}

/** Moves `color` in lightness away from `other` until the pair reaches `required`. */
function separate(color: string, other: string, required: number): string {
  const start = hexToOklch(color);
  let dir = relativeLuminance(color) >= relativeLuminance(other) ? 1 : -1;
  // When there is not room enough on this side of the other colour, cross over to the far side.
  if (contrastRatio(dir > 0 ? '#ffffff' : '#000000', other) < required) dir = -dir;
  const end = dir > 0 ? 1 - start.l : start.l;
  const at = (d: number) => oklchToHex({ ...start, l: start.l + dir * d });
  // Contrast grows with the distance moved, so the smallest passing move is found by halving.
  let lo = 0;
  let hi = end;
  if (contrastRatio(at(hi), other) < required) return dir > 0 ? '#ffffff' : '#000000';
  for (let i = 0; i < 14; i++) {
    const mid = (lo + hi) / 2;
    if (contrastRatio(at(mid), other) >= required) hi = mid;
    else lo = mid;
  }
  return at(hi);
}

/** Runs the shared pair list until every pair passes, recording each move. */
function enforce(
  tokens: ColorSchemeTokens,
  scheme: ColorSchemeName,
  adjustments: ThemeAdjustment[],
) {
  for (let pass = 0; pass < 8; pass++) {
    let changed = false;
    for (const pair of contrastPairs) {
      const fg = colorAt(tokens, pair.foreground);
      const bg = colorAt(tokens, pair.background);
      const ratio = contrastRatio(fg, bg);
      if (ratio >= pair.required) continue;
      const [ref, moving, fixed] =
        pair.adjust === 'foreground' ? [pair.foreground, fg, bg] : [pair.background, bg, fg];
      const to = separate(moving, fixed, pair.required);
      setColor(tokens, ref, to);
      const earlier = adjustments.find((a) => a.scheme === scheme && a.token === ref);
      const reason = `${pair.foreground} on ${pair.background}: ${ratio.toFixed(2)}:1, needs ${pair.required}:1`;
      const short: ThemeAdjustmentPair = {
        foreground: pair.foreground,
        background: pair.background,
        ratio,
        required: pair.required,
      };
      if (earlier) {
        earlier.to = to;
        if (!earlier.reason.includes(reason)) {
          earlier.reason += `; ${reason}`;
          earlier.pairs.push(short);
        }
      } else adjustments.push({ scheme, token: ref, from: moving, to, reason, pairs: [short] });
      changed = true;
    }
    if (!changed) return;
  }
}

const statusSources: Record<'info' | 'success' | 'warning' | 'danger', string> = {
  info: defaultTheme.color.light.scales.info.base,
  success: defaultTheme.color.light.scales.success.base,
  warning: defaultTheme.color.light.scales.warning.base,
  danger: defaultTheme.color.light.scales.danger.base,
};

const radii: Record<RadiusStyle, Record<string, string>> = {
  none: { 'radius-sm': '0rem', 'radius-md': '0rem', 'radius-lg': '0rem' },
  sm: { 'radius-sm': '0.0625rem', 'radius-md': '0.125rem', 'radius-lg': '0.25rem' },
  md: {},
  lg: { 'radius-sm': '0.25rem', 'radius-md': '0.5rem', 'radius-lg': '1rem' },
  full: { 'radius-sm': '0.5rem', 'radius-md': '9999px', 'radius-lg': '1.5rem' },
};

/**
 * Makes a theme with light and dark schemes from an agency's brand colour(s). Every pair in
 * `contrastPairs` passes: steps that fall short move in lightness until they do, and
 * `theme.adjustments` lists each move. Throws a `ThemeOptionError` naming the option at fault.
 */
export function createTheme(options: CreateThemeOptions): GeneratedTheme {
  const o = validate(options);
  const accent = hexToOklch(o.accent);
  const neutralSrc = o.neutral ? hexToOklch(o.neutral) : { ...accent };
  const neutral: Oklch = { ...neutralSrc, c: Math.min(neutralSrc.c, 0.04) * 0.5 };
  const brand2Hex = o.brand2 ?? defaultTheme.color.light.scales.brand2.base;
  const sources: Record<ColorScaleName, ScaleSource> = {
    neutral: { color: { ...neutral, l: 0.38 } },
    accent: { color: accent, lightBase: o.accent.toLowerCase() },
    brand2: { color: hexToOklch(brand2Hex), lightBase: brand2Hex.toLowerCase() },
    info: { color: hexToOklch(statusSources.info), lightBase: statusSources.info },
    success: { color: hexToOklch(statusSources.success), lightBase: statusSources.success },
    warning: { color: hexToOklch(statusSources.warning), lightBase: statusSources.warning },
    danger: { color: hexToOklch(statusSources.danger), lightBase: statusSources.danger },
  };
  const pages: Record<ColorSchemeName, string> = {
    light: '#ffffff',
    dark: oklchToHex({ l: 0.19, c: Math.min(neutral.c, 0.012), h: neutral.h }),
  };

  const adjustments: ThemeAdjustment[] = [];
  const color = {} as Record<ColorSchemeName, ColorSchemeTokens>;
  for (const scheme of ['light', 'dark'] as const) {
    const scales = {} as Record<ColorScaleName, ColorScale>;
    for (const name of colorScaleNames) {
      scales[name] = generateScale(sources[name], scheme, pages[scheme]);
    }
    // The neutral scale's text and fill are near black (light) or near white (dark).
    const n = scales.neutral;
    if (scheme === 'light') {
      n.text = tone(neutral, 0.24, 1, 0.03);
      n.base = tone(neutral, 0.36, 1, 0.03);
    } else {
      n.text = tone(neutral, 0.95, 1, 0.01);
      n.base = tone(neutral, 0.86, 1, 0.02);
    }
    const tokens: ColorSchemeTokens = { scales, focus: { outer: '', inner: pages[scheme] } };
    // The brand colour must work as a filled control against the page before its on-base
    // colour and states are derived from it.
    for (const name of colorScaleNames) {
      const base = scales[name].base;
      if (contrastRatio(base, pages[scheme]) < 3) {
        const to = separate(base, pages[scheme], 3);
        if (scheme === 'light' && sources[name].lightBase) {
          const ratio = contrastRatio(base, pages[scheme]);
          adjustments.push({
            scheme,
            token: `${name}.base`,
            from: base,
            to,
            reason: `${name}.base on neutral.background: ${ratio.toFixed(2)}:1, needs 3:1`,
            pairs: [
              { foreground: `${name}.base`, background: 'neutral.background', ratio, required: 3 },
            ],
          });
        }
        scales[name].base = to;
      }
      addStates(scales[name], sources[name].color);
    }
    tokens.focus.outer = scheme === 'light' ? scales.accent.base : scales.accent['base-hover'];
    enforce(tokens, scheme, adjustments);
    color[scheme] = tokens;
  }

  const base: Record<string, string> = { ...defaultTheme.base, ...radii[o.radius ?? 'md'] };
  if (o.fontFamily) {
    base['font-family-body'] = o.fontFamily;
    base['font-family-heading'] = o.headingFontFamily ?? o.fontFamily;
  }
  if (o.headingFontFamily) base['font-family-heading'] = o.headingFontFamily;

  return { name: o.name, color, base, options: { ...o }, adjustments };
}
