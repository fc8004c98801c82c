// Render cost in one Chromium: each system's card page built for production (React included,
// the same for all), served from a local server, then mount, language switch and colour-scheme
// switch measured in runs that interleave the systems (A B C A B C ...), each run in a fresh page
// after one warm-up mount, so that drift in the machine's load falls on all of them alike.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const here = resolve(import.meta.dirname, '..');
export const renderSystems = [
  { id: 'samskap', label: 'Samskap `CaseCard`' },
  { id: 'designsystemet', label: 'Designsystemet `Card`' },
  { id: 'aksel', label: 'Aksel `LinkCard`' },
];

export async function buildRenderPages(outDir) {
  await build({
    configFile: false,
    root: resolve(here, 'render'),
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      rollupOptions: {
        input: Object.fromEntries(
          renderSystems.map((s) => [s.id, resolve(here, 'render', `${s.id}.html`)]),
        ),
      },
    },
  });
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(root) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    // Chromium asks for a favicon; an empty answer keeps the console free of a 404.
    if (path === '/favicon.ico') return res.writeHead(204).end();
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** One run of one system: a fresh page, a warm-up, then the measured steps. */
async function runOnce(browser, base, system, cards) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // Nothing leaves the machine: Aksel's stylesheet asks for web fonts from its own host, and
  // waiting on a name lookup would land in the figures. Every system gets the fallback fonts.
  await page.route(
    (url) => !url.href.startsWith(base),
    (route) => route.fulfill({ status: 204, body: '' }),
  );
  try {
    await page.goto(`${base}/${system}.html`);
    await page.waitForFunction(() => window.bench !== undefined);
    const cdp = await page.context().newCDPSession(page);
    // Warm-up: the first mount compiles and caches what every later one reuses.
    await page.evaluate((n) => window.bench.mount(n), cards);
    await page.evaluate(() => window.bench.mount(0));
    const before = await heapUsed(cdp);
    const mount = await page.evaluate((n) => window.bench.mount(n), cards);
    const heap = (await heapUsed(cdp)) - before;
    const elements = await page.evaluate(() => window.bench.elementsPerCard());
    const language = await page.evaluate(() => window.bench.locale('en'));
    const scheme = await page.evaluate(() => window.bench.scheme('dark'));
    if (errors.length) throw new Error(`${system}: ${errors.join('\n')}`);
    return { mount, heap, elements, language, scheme };
  } finally {
    await page.close();
  }
}

export async function measureRender(outDir, { runs = 12, cards = 1000, log = () => {} } = {}) {
  const server = await serve(outDir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const results = Object.fromEntries(renderSystems.map((s) => [s.id, []]));
  try {
    for (let i = 0; i < runs; i++) {
      // Rotate the order too, so no system always runs first after a page of another.
      const order = renderSystems.map((_, k) => renderSystems[(k + i) % renderSystems.length]);
      for (const system of order)
        results[system.id].push(await runOnce(browser, base, system.id, cards));
      log(`render run ${i + 1}/${runs}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return renderSystems.map((s) => {
    const rs = results[s.id];
    const pick = (k) => median(rs.map((r) => r[k]));
    return {
      ...s,
      runs: rs.length,
      mount: pick('mount'),
      mountMin: Math.min(...rs.map((r) => r.mount)),
      mountMax: Math.max(...rs.map((r) => r.mount)),
      heap: pick('heap'),
      elements: pick('elements'),
      language: pick('language'),
      scheme: pick('scheme'),
    };
  });
}
