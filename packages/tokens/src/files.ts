import type { GeneratedTheme } from './create.js';
import { themeToCss } from './css.js';
import type { DtcgGroup, DtcgToken } from './dtcg.js';
import {
  type ColorSchemeName,
  type ColorSchemeTokens,
  colorScaleNames,
  colorSteps,
  type SamskapTheme,
} from './theme.js';
import base from './tokens/base.tokens.json';

/** One file of a theme, as the `samskap-theme` command writes it and the theme builder offers it. */
export interface ThemeFile {
  /** A suggested file name: `<theme>.css` or `<theme>.tokens.json`. */
  fileName: string;
  mediaType: 'text/css' | 'application/json';
  /** The exact text of the file (written as UTF-8). */
  contents: string;
}

/** The files of a theme: its CSS custom properties and its tokens in the DTCG format. */
export interface ThemeFiles {
  css: ThemeFile;
  tokens: ThemeFile;
}

const isToken = (node: unknown): node is DtcgToken =>
  typeof node === 'object' && node !== null && '$value' in node;

/**
 * The base token tree with the theme's values. The shape, the `$type`s and the order come from
 * the shipped base tokens; the values from the theme, whose base tokens are that tree flattened.
 * Keys the tree does not have (a hand-made theme may add some) follow at the end, flat.
 */
function baseTree(values: Record<string, string>): DtcgGroup {
  const used = new Set<string>();
  const rebuild = (group: DtcgGroup, prefix: string): DtcgGroup => {
    const out: DtcgGroup = {};
    for (const [key, node] of Object.entries(group)) {
      if (key === '$type') out[key] = node as string;
      if (key.startsWith('$') || node === undefined || typeof node === 'string') continue;
      const path = prefix ? `${prefix}-${key}` : key;
      if (isToken(node)) {
        const value = values[path];
        if (value === undefined) continue;
        used.add(path);
        // A number in the source (a font weight, a z-index) stays a number when it still is one.
        const keepNumber = typeof node.$value === 'number' && String(Number(value)) === value;
        out[key] = {
          ...(node.$type ? { $type: node.$type } : {}),
          $value: keepNumber ? Number(value) : value,
        };
      } else {
        const child = rebuild(node, path);
        if (Object.keys(child).some((k) => !k.startsWith('$'))) out[key] = child;
      }
    }
    return out;
  };
  const tree = rebuild(base as DtcgGroup, '');
  for (const [key, value] of Object.entries(values)) {
    if (!used.has(key)) tree[key] = { $value: value };
  }
  return tree;
}

function colorTree(scheme: ColorSchemeTokens): DtcgGroup {
  const color: DtcgGroup = { $type: 'color' };
  for (const scale of colorScaleNames) {
    const steps: DtcgGroup = {};
    for (const step of colorSteps) steps[step] = { $value: scheme.scales[scale][step] };
    color[scale] = steps;
  }
  color.focus = { outer: { $value: scheme.focus.outer }, inner: { $value: scheme.focus.inner } };
  return { color };
}

// The createTheme options in one fixed order, whatever order the caller built them in, so the
// same options always give the same bytes.
const optionOrder = [
  'name',
  'accent',
  'brand2',
  'neutral',
  'fontFamily',
  'headingFontFamily',
  'radius',
] as const;

/**
 * A theme as one DTCG token file, for design tools and token pipelines: the scheme-independent
 * tokens at the top level, then a `light` and a `dark` group with the colours. A theme made by
 * `createTheme` records its options under `$extensions["no.samskap"]`, so the file says how to
 * make it again.
 */
export function themeToDtcg(theme: SamskapTheme): DtcgGroup {
  const tree: DtcgGroup = {
    $description: `Samskap theme "${theme.name}" (DTCG format): base tokens, then the colours of the light and the dark scheme.`,
  };
  const options = (theme as Partial<GeneratedTheme>).options;
  if (options) {
    const ordered: Record<string, string> = {};
    for (const key of optionOrder) {
      const value = options[key];
      if (typeof value === 'string') ordered[key] = value;
    }
    tree.$extensions = { 'no.samskap': { createTheme: ordered } } as unknown as DtcgGroup;
  }
  Object.assign(tree, baseTree(theme.base));
  for (const scheme of ['light', 'dark'] as ColorSchemeName[]) {
    tree[scheme] = colorTree(theme.color[scheme]);
  }
  return tree;
}

/**
 * The files of a theme, byte for byte what the `samskap-theme` command writes (`--out` and
 * `--tokens`) and what the Storybook theme builder downloads: both call this.
 * Throws a `ThemeError` for a theme that cannot safely become CSS.
 */
export function themeFiles(theme: SamskapTheme): ThemeFiles {
  return {
    css: { fileName: `${theme.name}.css`, mediaType: 'text/css', contents: themeToCss(theme) },
    tokens: {
      fileName: `${theme.name}.tokens.json`,
      mediaType: 'application/json',
      contents: `${JSON.stringify(themeToDtcg(theme), null, 2)}\n`,
    },
  };
}
