import {
  type CreateThemeOptions,
  createTheme,
  type GeneratedTheme,
  type RadiusStyle,
  type ThemeFile,
  ThemeOptionError,
  themeFiles,
} from '@samskap/tokens';

/** What the builder's form holds: every `createTheme` option as text, empty when not given. */
export interface BuilderValues {
  name: string;
  accent: string;
  brand2: string;
  neutral: string;
  fontFamily: string;
  headingFontFamily: string;
  radius: RadiusStyle;
}

export type BuilderField = keyof BuilderValues;

/** The fields in the order of the form, which is also the order of the error summary. */
export const builderFields: readonly BuilderField[] = [
  'name',
  'accent',
  'brand2',
  'neutral',
  'fontFamily',
  'headingFontFamily',
  'radius',
];

export const defaultValues: BuilderValues = {
  name: 'mitt-tema',
  accent: '#0b6e4f',
  brand2: '',
  neutral: '',
  fontFamily: '',
  headingFontFamily: '',
  radius: 'md',
};

/**
 * The name of each option in the URL: the `samskap-theme` command's flag without its dashes, so
 * a shared link reads like the command that makes the same files.
 */
export const urlKeys: Record<BuilderField, string> = {
  name: 'name',
  accent: 'accent',
  brand2: 'brand2',
  neutral: 'neutral',
  fontFamily: 'font-family',
  headingFontFamily: 'heading-font-family',
  radius: 'radius',
};

/** The `createTheme` options for the form's values: text trimmed, empty options left out. */
export function optionsFrom(values: BuilderValues): CreateThemeOptions {
  const options: CreateThemeOptions = { name: values.name.trim(), accent: values.accent.trim() };
  for (const key of ['brand2', 'neutral', 'fontFamily', 'headingFontFamily'] as const) {
    const value = values[key].trim();
    if (value) options[key] = value;
  }
  if (values.radius !== 'md') options.radius = values.radius;
  return options;
}

export interface ResolvedTheme {
  /** The theme made from the values, with each invalid one replaced by its default. */
  theme: GeneratedTheme;
  /** The values the theme was made from. */
  values: BuilderValues;
  /** The fields whose values `createTheme` refused, in form order. */
  invalid: BuilderField[];
}

/**
 * Makes the theme with `createTheme` itself, so the builder accepts exactly what the function
 * and the command accept. Each option it refuses is noted and set back to its default, and it
 * tries again: at most once per field, and a refusal costs no colour work, so this stays cheap.
 */
export function resolveTheme(input: BuilderValues): ResolvedTheme {
  const values = { ...input };
  const invalid = new Set<BuilderField>();
  for (let attempt = 0; attempt <= builderFields.length; attempt++) {
    try {
      const theme = createTheme(optionsFrom(values));
      return { theme, values, invalid: builderFields.filter((f) => invalid.has(f)) };
    } catch (error) {
      const field = error instanceof ThemeOptionError ? (error.option as BuilderField) : undefined;
      if (!field || !builderFields.includes(field) || invalid.has(field)) throw error;
      invalid.add(field);
      (values as Record<BuilderField, string>)[field] = defaultValues[field];
    }
  }
  /* v8 ignore next */
  throw new Error('resolveTheme: no valid options');
}

// Storybook keeps a story's args in its own URL parameter, which only takes letters, digits,
// spaces, "_" and "-" (see docs/decisions). The options are therefore written as a query string
// and then in base64url, whose alphabet fits.
const base64url = /^[A-Za-z0-9_-]*$/;

/** The longest state the builder reads from a URL; a longer one is not a theme it wrote. */
export const maxStateLength = 4000;

function toBase64url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  // fatal: bytes that are not UTF-8 are refused rather than turned into replacement characters.
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The values as URL state: only what differs from the defaults, the name always. */
export function encodeThemeState(values: BuilderValues): string {
  const params = new URLSearchParams();
  for (const field of builderFields) {
    const value = values[field].trim();
    if (field === 'name' || value !== defaultValues[field]) params.set(urlKeys[field], value);
  }
  return toBase64url(params.toString());
}

export type StateProblem = { kind: 'unreadable' } | { kind: 'fields'; fields: BuilderField[] };

export interface DecodedState extends ResolvedTheme {
  /** Why part or all of the state could not be used; undefined when all of it was. */
  problem?: StateProblem;
}

/**
 * Reads URL state, which anyone can write: never throws, and whatever cannot be used falls back
 * to the defaults, with the problem named so the builder can say so. Missing state is no problem.
 */
export function decodeThemeState(state: unknown): DecodedState {
  if (state === undefined || state === null || state === '') return resolveTheme(defaultValues);
  let query: string | undefined;
  if (typeof state === 'string' && state.length <= maxStateLength && base64url.test(state)) {
    try {
      query = fromBase64url(state);
    } catch {
      query = undefined;
    }
  }
  if (query === undefined) {
    return { ...resolveTheme(defaultValues), problem: { kind: 'unreadable' } };
  }
  const params = new URLSearchParams(query);
  const values = { ...defaultValues };
  for (const field of builderFields) {
    const value = params.get(urlKeys[field]);
    if (value !== null) (values as Record<BuilderField, string>)[field] = value;
  }
  const resolved = resolveTheme(values);
  return resolved.invalid.length
    ? { ...resolved, problem: { kind: 'fields', fields: resolved.invalid } }
    : resolved;
}

/**
 * The builder's downloads: the files `themeFiles` makes, the function the `samskap-theme`
 * command writes with, as blobs of their UTF-8 bytes.
 */
export function themeDownloads(theme: GeneratedTheme): { file: ThemeFile; blob: Blob }[] {
  const { css, tokens } = themeFiles(theme);
  return [css, tokens].map((file) => ({
    file,
    blob: new Blob([file.contents], { type: `${file.mediaType};charset=utf-8` }),
  }));
}

/** The command that writes the same files, quoted for a POSIX shell. */
export function themeCommand(theme: GeneratedTheme): string {
  const quote = (value: string) =>
    /^[\w.,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
  const options = theme.options;
  const args: string[] = [];
  for (const field of builderFields) {
    const value = options[field];
    if (typeof value === 'string') args.push(`--${urlKeys[field]}`, quote(value));
  }
  args.push('--out', quote(`${theme.name}.css`), '--tokens', quote(`${theme.name}.tokens.json`));
  return `npx samskap-theme ${args.join(' ')}`;
}
