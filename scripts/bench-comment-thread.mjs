#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
// Measures how long CommentThread takes to show 1,000 comments in Chromium, on the production
// build of Storybook (React's production build), through the `ThousandCommentsAllAtOnce` story.
// A benchmark, not a test: it prints figures and fails only if the story does not render.
//
//   pnpm build-storybook            # or: storybook build -o <dir>
//   node scripts/bench-comment-thread.mjs [storybook-static] [runs]
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(process.argv[2] ?? 'storybook-static');
const runs = Number(process.argv[3] ?? 5);
const stories = {
  'all 1000 at once': 'portal-comments-commentthread--thousand-comments-all-at-once',
  'paged (20 top-level threads first)': 'portal-comments-commentthread--thousand-comments',
};
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  try {
    const body = await readFile(join(root, path === '/' ? 'index.html' : path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();

const browser = await chromium.launch({
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
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  for (const [label, storyId] of Object.entries(stories)) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${storyId}&viewMode=story`);
      await page.waitForFunction(() => window.__skThreadRender, null, { timeout: 120_000 });
      const r = await page.evaluate(() => ({
        ...window.__skThreadRender,
        articles: document.querySelectorAll('article').length,
      }));
      if (r.articles === 0) throw new Error(`${label}: no comments rendered`);
      results.push(r);
      await page.close();
    }
    console.log(
      `CommentThread, 1000 comments, ${label}, production build, ${runs} runs: ` +
        `${results[0].articles} comments in the DOM, ` +
        `commit median ${median(results.map((r) => r.committed)).toFixed(0)} ms, ` +
        `first frame median ${median(results.map((r) => r.painted)).toFixed(0)} ms`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
