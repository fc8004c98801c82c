import type { SamskapTheme } from './theme.js';

/**
 * Thrown for a theme that cannot safely become CSS. `option` names the part at fault
 * (`base["font-family-body"]`, `color.dark.scales.accent`), and the message says what is
 * accepted.
 */
export class ThemeError extends TypeError {
  readonly option: string;
  constructor(option: string, message: string) {
    super(`Theme: ${option} ${message}`);
    this.name = 'ThemeError';
    this.option = option;
  }
}

/** Letters, digits and dashes, starting with a letter or digit: a theme name or a token key. */
const identifier = /^[a-z0-9][a-z0-9-]*$/i;

const valueHelp =
  'Accepted: a CSS value without ; { } < > \\ ! or comments, with quotes and brackets closed, e.g. "#0b6e4f", "0.5rem", "var(--ds-color-accent-base-default)".';

/**
 * Why `value` cannot be the value of a custom property, or undefined if it can. One pass over
 * the text: it must not end the declaration or the block (`;`, `}`), open a comment that would
 * swallow the rest of the stylesheet, close the `<style>` element, or leave a quote or bracket
 * open.
 */
export function cssValueProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `is ${describe(value)}, not text`;
  if (value.trim() === '') return 'is empty';
  if (value.length > 1000) return 'is longer than 1,000 characters';
  let quote = '';
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return 'contains a control character';
    if (c === '\\' || c === '<' || c === '>') return `contains "${c}"`;
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === ';' || c === '{' || c === '}' || c === '!') return `contains "${c}"`;
    if (c === '/' && value[i + 1] === '*') return 'opens a comment ("/*")';
    if (c === '*' && value[i + 1] === '/') return 'closes a comment ("*/")';
    if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return 'closes a bracket it never opened';
  }
  if (quote) return `leaves a quote (${quote}) open`;
  if (depth > 0) return 'leaves a bracket open';
  if (/url\s*\(|expression\s*\(/i.test(value)) return 'loads a resource (url() or expression())';
  return undefined;
}

const familyHelp =
  'Accepted: a comma-separated list of font families, each a name of letters, digits, spaces and dashes or a quoted name, e.g. "\'Source Sans 3\', system-ui, sans-serif".';

/** Why `value` is not a usable `font-family` list, or undefined if it is. */
export function fontFamilyProblem(value: unknown): string | undefined {
  const problem = cssValueProblem(value);
  if (problem) return problem;
  const families: string[] = [];
  let quote = '';
  let start = 0;
  const text = value as string;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ',' || c === undefined) {
      families.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  for (const family of families) {
    if (family === '') return 'has an empty entry';
    const quoted = /^(["']).*\1$/.test(family) && family.length >= 2;
    if (!quoted && !/^[\p{L}\p{N}_-]+(?: +[\p{L}\p{N}_-]+)*$/u.test(family)) {
      return `has the entry ${JSON.stringify(family)}, which is neither a name nor a quoted name`;
    }
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkVariables(where: string, values: unknown, isFont: (key: string) => boolean) {
  if (!isRecord(values))
    throw new ThemeError(where, `is ${describe(values)}. Accepted: an object of token values.`);
  for (const [key, value] of Object.entries(values)) {
    if (!identifier.test(key)) {
      throw new ThemeError(
        `${where}[${JSON.stringify(key)}]`,
        'is not a valid token name. Accepted: letters, digits and dashes, e.g. "radius-md".',
      );
    }
    const font = isFont(key);
    const problem = font ? fontFamilyProblem(value) : cssValueProblem(value);
    if (problem) {
      throw new ThemeError(
        `${where}[${JSON.stringify(key)}]`,
        `${problem}. ${font ? familyHelp : valueHelp}`,
      );
    }
  }
}

/**
 * Checks that a theme object can become CSS safely, and returns it. Every key must be a token
 * name (letters, digits, dashes), every value a CSS value that cannot end its declaration or
 * block, open a comment or close the `<style>` element, and every font a font-family list.
 * `themeToCss` and `SamskapProvider` call it on every theme; call it yourself on a theme read
 * from a file. Throws a `ThemeError` naming the part at fault.
 */
export function validateTheme(theme: unknown): SamskapTheme {
  if (!isRecord(theme))
    throw new ThemeError(
      'theme',
      `is ${describe(theme)}. Accepted: a theme object from createTheme() or defaultTheme.`,
    );
  if (typeof theme.name !== 'string' || !identifier.test(theme.name)) {
    throw new ThemeError(
      'name',
      `is ${describe(theme.name)}. Accepted: letters, digits and dashes, starting with a letter or digit, e.g. "kommune".`,
    );
  }
  checkVariables('base', theme.base, (key) => key.startsWith('font-family'));
  if (!isRecord(theme.color))
    throw new ThemeError(
      'color',
      `is ${describe(theme.color)}. Accepted: { light, dark } colour schemes.`,
    );
  for (const scheme of ['light', 'dark'] as const) {
    const tokens = theme.color[scheme];
    const where = `color.${scheme}`;
    if (!isRecord(tokens))
      throw new ThemeError(where, `is ${describe(tokens)}. Accepted: { scales, focus }.`);
    if (!isRecord(tokens.scales))
      throw new ThemeError(
        `${where}.scales`,
        `is ${describe(tokens.scales)}. Accepted: an object of colour scales.`,
      );
    for (const [scale, steps] of Object.entries(tokens.scales)) {
      if (!identifier.test(scale)) {
        throw new ThemeError(
          `${where}.scales[${JSON.stringify(scale)}]`,
          'is not a valid scale name. Accepted: letters, digits and dashes, e.g. "accent".',
        );
      }
      checkVariables(`${where}.scales.${scale}`, steps, () => false);
    }
    checkVariables(`${where}.focus`, tokens.focus, () => false);
  }
  return theme as unknown as SamskapTheme;
}
