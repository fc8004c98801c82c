// What a new user does, automated: pack the public packages, install the tarballs with npm into
// a scratch Vite + React app outside the repo (once with React 19, once with React 18.3), then
// typecheck it, build it, render it on the server under Node, and load the built app in Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { packPublicPackages } from './lib/pack.mjs';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'samskap-consumer-'));
const packs = join(work, 'packs');
mkdirSync(packs);
const sh = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: 'pipe', encoding: 'utf8' });

const tarballs = Object.values(packPublicPackages(packs));

const matrix = [
  { react: '19.3.1', types: '19.3.0', typesDom: '19.3.0' },
  { react: '18.3.1', types: '18.3.32', typesDom: '18.3.7' },
];

const appSource = `import { LanguageSwitcher } from '@samskap/portal';
import { Button, SamskapProvider } from '@samskap/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  // Switchers hand back any locale code (an agency may register more than nb, nn and en).
  const [locale, setLocale] = useState<string>('nn');
  return (
    <SamskapProvider locale={locale} colorScheme="dark">
      <LanguageSwitcher onChange={setLocale} />
      <Button onClick={() => setLocale('en')}>OK</Button>
    </SamskapProvider>
  );
}
const el = document.getElementById('root');
if (el) createRoot(el).render(<App />);
`;

const ssrSource = `import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { SamskapProvider, Button } from '@samskap/react';
import { LanguageSwitcher } from '@samskap/portal';
const sheet = new ServerStyleSheet();
const html = renderToString(sheet.collectStyles(h(SamskapProvider, { locale: 'en' }, h(LanguageSwitcher, { hrefFor: (l) => '/' + l + '/' }), h(Button, null, 'Send'))));
if (!html.includes('Bytt språk til') || !html.includes('lang="en-GB"')) throw new Error('SSR output is wrong');
if (!sheet.getStyleTags().includes('--sk-color-accent-base')) throw new Error('no styles collected');
console.log('ssr ok');
`;

function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer(async (req, res) => {
    const path = join(dir, req.url === '/' ? 'index.html' : (req.url ?? '').split('?')[0]);
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

let passed = 0;
try {
  for (const v of matrix) {
    const app = join(work, `app-react-${v.react}`);
    mkdirSync(join(app, 'src'), { recursive: true });
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'scratch', private: true, type: 'module' }),
    );
    writeFileSync(
      join(app, 'index.html'),
      '<!doctype html><html lang="nn-NO"><head><meta charset="utf-8"><title>Scratch</title></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>',
    );
    writeFileSync(join(app, 'src/main.tsx'), appSource);
    writeFileSync(join(app, 'ssr.mjs'), ssrSource);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          lib: ['ES2023', 'DOM'],
        },
        include: ['src'],
      }),
    );
    sh(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        ...tarballs,
        `react@${v.react}`,
        `react-dom@${v.react}`,
        `@types/react@${v.types}`,
        `@types/react-dom@${v.typesDom}`,
        // No i18next: it is an optional peer, and this app does not bring an instance, so the
        // packages must install, typecheck, build and render without it.
        'styled-components@6.6.0',
        'vite@8.3.8',
        '@vitejs/plugin-react@6.3.0',
      ],
      app,
    );
    // npm installs a peer it is not told is optional; i18next must not come in by the back door.
    if (existsSync(join(app, 'node_modules/i18next'))) {
      throw new Error('i18next was installed, but no package may need it without a host instance');
    }
    sh(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], app);
    sh(
      process.execPath,
      [join(app, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
      app,
    );
    console.log(
      `react ${v.react}: installed from tarballs, types ok, built, ${sh(process.execPath, ['ssr.mjs'], app).trim()}`,
    );

    const server = await serve(join(app, 'dist'));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      const link = page.getByRole('button', { name: 'Change language to English' });
      await link.waitFor({ timeout: 10_000 });
      await link.click();
      await page.getByRole('navigation', { name: 'Choose language' }).waitFor({ timeout: 5_000 });
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      console.log(`react ${v.react}: renders in Chromium and switches language`);
      passed++;
    } finally {
      await browser.close();
      server.close();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`consumer: ${passed} passed, 0 failed`);
