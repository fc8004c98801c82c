import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliPath, cssDir, ensureTokensBuilt } from '../scripts/ensure-built.ts';
import { createTheme } from './create.js';
import { themeToCss } from './css.js';
import { themeFiles } from './files.js';

const run = (...args: string[]) =>
  spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8' });

// These run the built command, as an agency would after installing the package.
describe('samskap-theme (built)', () => {
  beforeAll(() => ensureTokensBuilt(), 180_000);

  it('writes the theme CSS to --out and prints the contrast report', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sk-theme-')), 'theme.css');
    const r = run('--accent', '#0b6e4f', '--name', 'kommune', '--out', out);
    expect(r.status).toBe(0);
    const css = readFileSync(out, 'utf8');
    expect(css).toBe(themeToCss(createTheme({ name: 'kommune', accent: '#0b6e4f' })));
    expect(css).toContain(':root, [data-sk-theme="kommune"] {');
    expect(css).toContain('--sk-color-accent-base: #0b6e4f;');
    expect(r.stdout).toMatch(/theme "kommune" written to .*theme\.css/);
    expect(r.stdout).toMatch(/Contrast: \d+ pairs checked in light and dark, 0 failing/);
    expect(r.stdout).toContain('Adjusted: nothing');
  });

  it('writes the DTCG tokens to --tokens, the same bytes as themeFiles, non-ASCII fonts too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-tokens-'));
    const font = "'Sámi Grotesk', Øyvind Sans, system-ui";
    const r = run(
      ...['--name', 'nord', '--accent', '#f28c28', '--font-family', font, '--radius', 'full'],
      ...['--out', join(dir, 'nord.css'), '--tokens', join(dir, 'nord.tokens.json')],
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Tokens (DTCG JSON) written to ${join(dir, 'nord.tokens.json')}`);
    const files = themeFiles(
      createTheme({ name: 'nord', accent: '#f28c28', fontFamily: font, radius: 'full' }),
    );
    expect(readFileSync(join(dir, 'nord.tokens.json'))).toEqual(
      Buffer.from(files.tokens.contents, 'utf8'),
    );
    expect(readFileSync(join(dir, 'nord.css'))).toEqual(Buffer.from(files.css.contents, 'utf8'));
  });

  it('lists what it moved for a brand colour that fails on white', () => {
    const r = run('--accent', '#f28c28', '--name', 'varm', '--out', join(tmpdir(), 'sk-varm.css'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /light accent\.base: #f28c28 -> #[0-9a-f]{6} \(accent\.base on neutral\.background: 2\.\d\d:1, needs 3:1\)/,
    );
  });

  it('writes CSS to standard output and the report to standard error without --out', () => {
    const r = run('--accent', '#1b365d', '--name', 'dep', '--radius', 'sm', '--json');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('/* Samskap theme "dep" */')).toBe(true);
    expect(r.stdout).toContain('--sk-radius-md: 0.125rem;');
    const report = JSON.parse(r.stderr);
    expect(report).toMatchObject({ name: 'dep', out: null, failures: [] });
    expect(report.checked).toBeGreaterThan(200);
  });

  it.each([
    [
      ['--name', 'x', '--accent', 'red-ish'],
      /--accent is "red-ish", which is not a colour\. Accepted: a hex colour/,
    ],
    [['--name', 'x', '--accent', '#12'], /--accent is "#12"/],
    [['--name', 'x'], /--accent is missing/],
    [['--accent', '#0b6e4f'], /--name is missing/],
    [
      ['--name', 'x', '--accent', '#0b6e4f', '--heading-font-family', '}'],
      /--heading-font-family is "}"/,
    ],
    [
      ['--name', 'x', '--accent', '#0b6e4f', '--font-family', 'Arial /* swallow'],
      /--font-family is "Arial \/\* swallow", which opens a comment/,
    ],
    [
      ['--name', 'x', '--accent', '#0b6e4f', '--font-family', '"Arial, sans-serif'],
      /--font-family is "\\"Arial, sans-serif", which leaves a quote \(" *\) open/,
    ],
  ])('exits 2 (bad option) and names the flag for %j', (args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('exits 2 with the usage on an unknown flag, and 0 with --help', () => {
    const bad = run('--colour', '#fff');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Usage: samskap-theme');
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--accent <#hex>');
  });

  it('exits 3 and names the file when --tokens cannot be written', () => {
    const out = join(tmpdir(), 'sk-no-such-folder', 'deeper', 'theme.tokens.json');
    const r = run('--accent', '#0b6e4f', '--name', 'kommune', '--tokens', out);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(`could not write the tokens to ${out} (ENOENT`);
  });

  it('exits 3 with a clear message, no stack trace, when --out cannot be written', () => {
    const out = join(tmpdir(), 'sk-no-such-folder', 'deeper', 'theme.css');
    const r = run('--accent', '#0b6e4f', '--name', 'kommune', '--out', out);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(`could not write the theme to ${out} (ENOENT`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('documents every exit code in its help', () => {
    const help = run('--help').stdout;
    for (const code of ['0  the theme', '1  the theme', '2  a missing', '3  the CSS']) {
      expect(help).toContain(code);
    }
  });

  it('ships a CSS and a flat JSON file per theme, and the Designsystemet bridge', () => {
    for (const name of ['default', 'kommune', 'departement', 'varm']) {
      expect(readFileSync(join(cssDir, `${name}.css`), 'utf8')).toContain(
        `[data-sk-theme="${name}"]`,
      );
    }
    const kommune = JSON.parse(readFileSync(join(cssDir, '..', 'json', 'kommune.json'), 'utf8'));
    expect(kommune.light['--sk-color-accent-base']).toBe('#0b6e4f');
    expect(kommune.dark['--sk-color-accent-base']).toMatch(/^#[0-9a-f]{6}$/);
    expect(kommune.base['--sk-radius-md']).toBe('0.5rem');
    expect(readFileSync(join(cssDir, 'designsystemet.css'), 'utf8')).toContain(
      '--sk-color-accent-base: var(--ds-color-accent-base-default);',
    );
  });
});
