import { contrastRatio, parseHex } from './contrast.js';
import {
  type ColorScaleName,
  type ColorSchemeName,
  type ColorSchemeTokens,
  type ColorStep,
  colorScaleNames,
  type SamskapTheme,
} from './theme.js';

/** A colour of a scheme: `<scale>.<step>` or one of the focus ring's two colours. */
export type ColorRef = `${ColorScaleName}.${ColorStep}` | 'focus.outer' | 'focus.inner';

/** One foreground/background pair that must reach a contrast ratio in every scheme. */
export interface ContrastPair {
  foreground: ColorRef;
  background: ColorRef;
  /** 4.5 for text (WCAG 1.4.3), 3 for UI components and focus indicators (1.4.11, 2.4.13). */
  required: 4.5 | 3;
  kind: 'text' | 'ui' | 'focus';
  /** Which side `createTheme` moves in lightness when the pair falls short. */
  adjust: 'foreground' | 'background';
}

const page: ColorRef = 'neutral.background';

function pairsFor(s: ColorScaleName): ContrastPair[] {
  const text = (foreground: ColorRef, background: ColorRef): ContrastPair => ({
    foreground,
    background,
    required: 4.5,
    kind: 'text',
    adjust: 'foreground',
  });
  const ui = (foreground: ColorRef): ContrastPair => ({
    foreground,
    background: page,
    required: 3,
    kind: 'ui',
    adjust: 'foreground',
  });
  const surfaces = [
    `${s}.background-tinted`,
    `${s}.surface`,
    `${s}.surface-hover`,
    `${s}.surface-active`,
  ] as const;
  // The neutral scale's background is the page itself.
  const backgrounds: ColorRef[] = s === 'neutral' ? [page] : [page, `${s}.background`];
  return [
    ...[...backgrounds, ...surfaces].map((bg) => text(`${s}.text`, bg)),
    ...[...backgrounds, ...surfaces.slice(0, 3)].map((bg) => text(`${s}.text-subtle`, bg)),
    // Body text in a tinted box: the surface gives way, so neutral text stays one colour.
    ...(s === 'neutral'
      ? []
      : surfaces.map((bg) => ({ ...text('neutral.text', bg), adjust: 'background' as const }))),
    // Text on a filled control: the fill gives way, so on-base stays white or near black.
    ...(['base', 'base-hover', 'base-active'] as const).map((step) => ({
      ...text(`${s}.on-base`, `${s}.${step}`),
      adjust: 'background' as const,
    })),
    ui(`${s}.border`),
    ui(`${s}.border-strong`),
    ui(`${s}.base`),
  ];
}

/**
 * Every pair Samskap promises to keep readable, in each scheme: the single list that
 * `createTheme` enforces and `checkContrast` checks.
 */
export const contrastPairs: readonly ContrastPair[] = Object.freeze([
  ...colorScaleNames.flatMap(pairsFor),
  { foreground: 'focus.outer', background: page, required: 3, kind: 'focus', adjust: 'foreground' },
  {
    foreground: 'focus.outer',
    background: 'focus.inner',
    required: 3,
    kind: 'focus',
    adjust: 'foreground',
  },
]);

/** Reads a colour of a scheme by reference. */
export function colorAt(scheme: ColorSchemeTokens, ref: ColorRef): string {
  if (ref === 'focus.outer') return scheme.focus.outer;
  if (ref === 'focus.inner') return scheme.focus.inner;
  const [scale, step] = ref.split('.') as [ColorScaleName, ColorStep];
  return scheme.scales[scale][step];
}

export interface ContrastResult extends ContrastPair {
  scheme: ColorSchemeName;
  foregroundColor: string;
  backgroundColor: string;
  /** The WCAG 2 contrast ratio, 1 to 21. */
  ratio: number;
  pass: boolean;
}

/**
 * Every pair of `contrastPairs` in both schemes with its ratio. Pairs whose colours are not hex
 * values (a theme that refers to another system's variables) cannot be measured and are left
 * out.
 */
export function contrastReport(theme: SamskapTheme): ContrastResult[] {
  const out: ContrastResult[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const tokens = theme.color[scheme];
    for (const pair of contrastPairs) {
      const fg = colorAt(tokens, pair.foreground);
      const bg = colorAt(tokens, pair.background);
      if (!parseHex(fg) || !parseHex(bg)) continue;
      const ratio = contrastRatio(fg, bg);
      out.push({
        ...pair,
        scheme,
        foregroundColor: fg,
        backgroundColor: bg,
        ratio,
        pass: ratio >= pair.required,
      });
    }
  }
  return out;
}

/** The pairs of a theme that fall short of their required contrast, in both schemes. */
export function checkContrast(theme: SamskapTheme): ContrastResult[] {
  return contrastReport(theme).filter((r) => !r.pass);
}

/** One line per result: `light accent.text on neutral.background: 3.12:1 (needs 4.5:1)`. */
export function formatContrastResult(r: ContrastResult): string {
  return `${r.scheme} ${r.foreground} (${r.foregroundColor}) on ${r.background} (${r.backgroundColor}): ${r.ratio.toFixed(2)}:1 (needs ${r.required}:1)`;
}
