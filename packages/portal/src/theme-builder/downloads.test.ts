import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliPath, ensureTokensBuilt } from '../../../tokens/scripts/ensure-built.ts';
import { type BuilderValues, defaultValues, resolveTheme, themeDownloads } from './state.js';

// Option sets as an agency would type them into the builder, and the same options as flags.
const cases: [string, BuilderValues, string[]][] = [
  ['the defaults', defaultValues, ['--name', 'mitt-tema', '--accent', '#0b6e4f']],
  [
    'an orange that needs adjusting, square corners',
    { ...defaultValues, name: 'varm', accent: '#f28c28', radius: 'none' },
    ['--name', 'varm', '--accent', '#f28c28', '--radius', 'none'],
  ],
  [
    'every option, with non-ASCII font names',
    {
      name: 'Nordland-fylke',
      accent: '#1B365D',
      brand2: '#8a1538',
      neutral: '#33403a',
      fontFamily: "'Sámi Grotesk', Øyvind Sans, system-ui",
      headingFontFamily: '"Ærlig Serif", Georgia, serif',
      radius: 'full',
    },
    [
      ...['--name', 'Nordland-fylke', '--accent', '#1B365D', '--brand2', '#8a1538'],
      ...['--neutral', '#33403a', '--font-family', "'Sámi Grotesk', Øyvind Sans, system-ui"],
      ...['--heading-font-family', '"Ærlig Serif", Georgia, serif', '--radius', 'full'],
    ],
  ],
  [
    'short hex codes and padded text',
    { ...defaultValues, name: ' kort ', accent: ' #0a5 ', headingFontFamily: ' Ubuntu ' },
    ['--name', 'kort', '--accent', '#0a5', '--heading-font-family', 'Ubuntu'],
  ],
];

const bytes = async (blob: Blob) => Buffer.from(await blob.arrayBuffer());

// The real command, built, as an agency runs it.
describe('theme builder downloads', () => {
  beforeAll(() => ensureTokensBuilt(), 180_000);

  it.each(cases)('are byte for byte what samskap-theme writes: %s', async (_, values, flags) => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-builder-'));
    const css = join(dir, 'theme.css');
    const tokens = join(dir, 'theme.tokens.json');
    const run = spawnSync(process.execPath, [cliPath, ...flags, '--out', css, '--tokens', tokens], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    const { theme, invalid } = resolveTheme(values);
    expect(invalid).toEqual([]);
    const [cssDownload, tokensDownload] = themeDownloads(theme);
    expect(cssDownload?.file.fileName).toBe(`${theme.name}.css`);
    expect(tokensDownload?.file.fileName).toBe(`${theme.name}.tokens.json`);
    expect(await bytes(cssDownload?.blob as Blob)).toEqual(readFileSync(css));
    expect(await bytes(tokensDownload?.blob as Blob)).toEqual(readFileSync(tokens));
  });
});
