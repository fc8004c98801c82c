// The "CSS alone" promise, end to end: the samskap-theme command writes a theme file, a Button
// inside SamskapProvider is rendered to static markup with its styles extracted, and the page
// (no script at all) is loaded in Chromium, which must paint the button in the theme's colours.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTheme, exampleThemes, type SamskapTheme } from '@samskap/tokens';
import { type Browser, chromium } from 'playwright-core';
import { renderToStaticMarkup } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../vite.aliases.ts';
import { cliPath, ensureTokensBuilt } from '../../../tokens/scripts/ensure-built.ts';
import { Button } from '../button/Button.js';
import { type ColorScheme, SamskapProvider } from './SamskapProvider.js';

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

function page(dir: string, scheme: ColorScheme, theme: SamskapTheme | string = 'kommune'): string {
  const sheet = new ServerStyleSheet();
  try {
    const markup = renderToStaticMarkup(
      sheet.collectStyles(
        <SamskapProvider theme={theme} colorScheme={scheme} locale="nb">
          <Button>Send inn</Button>
        </SamskapProvider>,
      ),
    );
    const html = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Samskap</title>
<link rel="stylesheet" href="kommune.css">
${sheet.getStyleTags()}
</head><body>${markup}</body></html>`;
    const file = join(dir, `page-${typeof theme === 'string' ? theme : theme.name}-${scheme}.html`);
    writeFileSync(file, html);
    return pathToFileURL(file).href;
  } finally {
    sheet.seal();
  }
}

describe('a theme file from samskap-theme styles static markup', () => {
  let browser: Browser;
  let dir: string;
  const expected = createTheme({ name: 'kommune', accent: '#0b6e4f' });

  beforeAll(async () => {
    ensureTokensBuilt();
    dir = mkdtempSync(join(tmpdir(), 'sk-static-'));
    execFileSync(process.execPath, [
      cliPath,
      '--accent',
      '#0b6e4f',
      '--name',
      'kommune',
      '--out',
      join(dir, 'kommune.css'),
    ]);
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['light', 'light', 'light'],
    ['dark', 'dark', 'light'],
    ['auto', 'dark', 'dark'],
    ['auto', 'light', 'light'],
  ] as const)('scheme %s paints the %s colours (system: %s)', async (scheme, colours, system) => {
    expect(readFileSync(join(dir, 'kommune.css'), 'utf8')).toContain('[data-sk-theme="kommune"]');
    const context = await browser.newContext({ colorScheme: system, javaScriptEnabled: false });
    try {
      const tab = await context.newPage();
      await tab.goto(page(dir, scheme));
      const style = await tab.getByRole('button', { name: 'Send inn' }).evaluate((el) => {
        const s = getComputedStyle(el);
        return { background: s.backgroundColor, color: s.color, radius: s.borderTopLeftRadius };
      });
      const accent = expected.color[colours].scales.accent;
      expect(style.background).toBe(rgb(accent.base));
      expect(style.color).toBe(rgb(accent['on-base']));
      expect(style.radius).toBe('4px');
    } finally {
      await context.close();
    }
  });

  it('a theme object needs no file: the style the provider writes is in the markup', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    try {
      const tab = await context.newPage();
      await tab.goto(page(dir, 'auto', exampleThemes.varm));
      const background = await tab
        .getByRole('button', { name: 'Send inn' })
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).toBe(rgb(exampleThemes.varm.color.dark.scales.accent.base));
    } finally {
      await context.close();
    }
  });
});
