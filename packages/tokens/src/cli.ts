#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contrastReport, formatContrastResult } from './check.js';
import {
  type CreateThemeOptions,
  createTheme,
  type RadiusStyle,
  ThemeOptionError,
} from './create.js';
import { themeFiles } from './files.js';

const usage = `Usage: samskap-theme --name <name> --accent <#hex> [options]

Writes the CSS custom properties of a Samskap theme (light, dark and auto schemes) and prints
its contrast report. Every text pair reaches 4.5:1 and every UI and focus pair 3:1; colours that
had to move to get there are listed.

Options:
  --name <name>                 theme name: letters, digits and dashes (required)
  --accent <#hex>               brand colour, #rgb or #rrggbb (required)
  --brand2 <#hex>               second brand colour
  --neutral <#hex>              colour to tint the greys with
  --font-family <list>          font stack for body text
  --heading-font-family <list>  font stack for headings
  --radius <none|sm|md|lg|full> corner rounding (default md)
  --out <file>                  write the CSS here (default: standard output)
  --tokens <file>               also write the theme's tokens here, as DTCG JSON (for design tools)
  --json                        print the report as JSON
  -h, --help                    show this help

Exit codes:
  0  the theme was written and every contrast pair passes
  1  the theme was written, but a contrast pair fails (listed in the report)
  2  a missing or invalid option (the message names the flag and what it accepts)
  3  the CSS or the tokens could not be written to --out or --tokens (the message says why)

Example:
  samskap-theme --accent "#0b6e4f" --name kommune --out theme.css`;

/** The exit codes, as documented in the usage text. */
const exit = { ok: 0, contrast: 1, badOption: 2, writeFailed: 3 } as const;

function main(argv: string[]): number {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        name: { type: 'string' },
        accent: { type: 'string' },
        brand2: { type: 'string' },
        neutral: { type: 'string' },
        'font-family': { type: 'string' },
        'heading-font-family': { type: 'string' },
        radius: { type: 'string' },
        out: { type: 'string' },
        tokens: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`samskap-theme: ${(error as Error).message}\n\n${usage}`);
    return exit.badOption;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const str = (key: string) =>
    typeof values[key] === 'string' ? (values[key] as string) : undefined;
  const options: CreateThemeOptions = {
    name: str('name') as string,
    accent: str('accent') as string,
    brand2: str('brand2'),
    neutral: str('neutral'),
    fontFamily: str('font-family'),
    headingFontFamily: str('heading-font-family'),
    radius: str('radius') as RadiusStyle | undefined,
  };
  for (const key of Object.keys(options) as (keyof CreateThemeOptions)[]) {
    if (options[key] === undefined) delete options[key];
  }

  let theme: ReturnType<typeof createTheme>;
  try {
    theme = createTheme(options);
  } catch (error) {
    if (error instanceof ThemeOptionError) {
      // Name the command-line flag rather than the JS option.
      const flag = `--${error.option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
      console.error(
        `samskap-theme: ${error.message.replace(`createTheme: option "${error.option}"`, flag)}`,
      );
      return exit.badOption;
    }
    throw error;
  }

  // The same function makes the builder's downloads in Storybook, so the files match byte for byte.
  const files = themeFiles(theme);
  const out = str('out');
  const tokensOut = str('tokens');
  const write = (file: string, contents: string, what: string): boolean => {
    try {
      writeFileSync(file, contents);
      return true;
    } catch (error) {
      // A missing folder or a read-only file is the user's to fix: say so, without a stack trace.
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      console.error(
        `samskap-theme: could not write the ${what} to ${file} (${reason}: ${(error as Error).message}). Check that the folder exists and can be written to.`,
      );
      return false;
    }
  };
  if (out) {
    if (!write(out, files.css.contents, 'theme')) return exit.writeFailed;
  } else process.stdout.write(files.css.contents);
  if (tokensOut && !write(tokensOut, files.tokens.contents, 'tokens')) return exit.writeFailed;

  const report = contrastReport(theme);
  const failures = report.filter((r) => !r.pass);
  // With the CSS on standard output, the report goes to standard error so a pipe stays clean.
  const log = out ? console.log : console.error;
  if (values.json) {
    log(
      JSON.stringify(
        {
          name: theme.name,
          out: out ?? null,
          tokens: tokensOut ?? null,
          checked: report.length,
          failures,
          adjustments: theme.adjustments,
        },
        null,
        2,
      ),
    );
  } else {
    const lowest = (kind: 'text' | 'ui' | 'focus') =>
      Math.min(...report.filter((r) => r.kind === kind).map((r) => r.ratio)).toFixed(2);
    log(`samskap-theme: theme "${theme.name}"${out ? ` written to ${out}` : ''}`);
    if (tokensOut) log(`Tokens (DTCG JSON) written to ${tokensOut}`);
    log(
      `Contrast: ${report.length} pairs checked in light and dark, ${failures.length} failing. Lowest: text ${lowest('text')}:1 (needs 4.5), UI ${lowest('ui')}:1 and focus ${lowest('focus')}:1 (need 3).`,
    );
    for (const f of failures) log(`  FAIL ${formatContrastResult(f)}`);
    if (theme.adjustments.length === 0)
      log('Adjusted: nothing; the brand colours worked as given.');
    else {
      log(`Adjusted to reach contrast (${theme.adjustments.length}):`);
      for (const a of theme.adjustments) {
        log(`  ${a.scheme} ${a.token}: ${a.from} -> ${a.to} (${a.reason})`);
      }
    }
  }
  return failures.length ? exit.contrast : exit.ok;
}

process.exitCode = main(process.argv.slice(2));
