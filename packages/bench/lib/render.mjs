// Render cost in one Chromium: each system's card page built for production (React included,
// the same for all), served from a local server, then mount, language switch and colour-scheme
// switch measured in runs that interleave the systems (A B C A B C ...), each run in a fresh page
// after one warm-up mount, so that drift in the machine's load falls on all of them alike.
// With BENCH_TRACE=1 each run also traces one more mount and the log gets its CPU time split
// into script, style recalculation, layout and garbage collection, per system.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { viteBuild } from './vite.mjs';

const here = resolve(import.meta.dirname, '..');
export const renderSystems = [
  { id: 'samskap', label: 'Samskap `CaseCard`' },
  { id: 'designsystemet', label: 'Designsystemet `Card`' },
  { id: 'aksel', label: 'Aksel `LinkCard`' },
];

/** Builds the render pages: every system's and the thread's, or only those named in `pages`. */
export async function buildRenderPages(
  outDir,
  pages = [...renderSystems.map((s) => s.id), 'thread'],
) {
  await viteBuild({
    root: resolve(here, 'render'),
    outDir,
    rollupOptions: {
      input: Object.fromEntries(pages.map((id) => [id, resolve(here, 'render', `${id}.html`)])),
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
async function runOnce(browser, base, system, cards, trace) {
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
    // The second language switch: a smaller list with a long comment thread below it.
    await page.evaluate(() => window.bench.mount(0));
    await page.evaluate(() => window.bench.page(200, 100));
    // Samskap's thread puts a page of 100 comments on screen in steps: wait for the last one.
    await page.waitForFunction(() => !document.querySelector('section[aria-busy="true"]'));
    const pageLanguage = await page.evaluate(() => window.bench.locale('en'));
    // Where a mount's time goes (BENCH_TRACE=1): one more mount, after the measured steps and
    // back in bokmål and the light scheme, under a trace, so that tracing costs the figures
    // above nothing.
    let split;
    if (trace) {
      await page.evaluate(() => window.bench.page(0, 0));
      split = await mountSplit(browser, page, cards);
    }
    // A card that skips rendering off screen can also drop out of what a screen reader gets
    // (decision 22): such a mount is cheaper, but not comparable.
    const exposed = await lastCardExposed(page);
    if (exposed !== true) throw new Error(`${system}: ${exposed}`);
    if (errors.length) throw new Error(`${system}: ${errors.join('\n')}`);
    return { mount, heap, elements, language, scheme, pageLanguage, split };
  } finally {
    await page.close();
  }
}

export async function measureRender(
  outDir,
  { runs = 12, cards = 1000, trace = Boolean(process.env.BENCH_TRACE), log = () => {} } = {},
) {
  const server = await serve(outDir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const results = Object.fromEntries(renderSystems.map((s) => [s.id, []]));
  try {
    for (let i = 0; i < runs; i++) {
      // Rotate the order too, so no system always runs first after a page of another.
      const order = renderSystems.map((_, k) => renderSystems[(k + i) % renderSystems.length]);
      for (const system of order)
        results[system.id].push(await runOnce(browser, base, system.id, cards, trace));
      log(`render run ${i + 1}/${runs}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (trace) {
    // Not in the report: a look at where the time goes, for whoever asked for it.
    for (const s of renderSystems) {
      const parts = Object.keys(results[s.id][0].split).map(
        (k) => `${k} ${median(results[s.id].map((r) => r.split[k])).toFixed(1)}`,
      );
      log(`mount CPU, ms (median of ${runs}), ${s.id}: ${parts.join(', ')}`);
    }
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
      pageLanguage: pick('pageLanguage'),
    };
  });
}

/**
 * Whether the last card on the page, far below the fold and never on screen, is in Chromium's
 * accessibility tree with its heading named by its text: `true`, or what is wrong. The DOM is not
 * enough to tell (Playwright's aria snapshot reads the DOM); the browser's own tree is.
 */
export async function lastCardExposed(page) {
  const selector = 'ul[data-cards] > li:last-child h3';
  const text = await page.evaluate((s) => document.querySelector(s)?.textContent?.trim(), selector);
  if (!text) return 'the last card has no heading';
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    await cdp.send('Accessibility.enable');
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      nodeId,
      fetchRelatives: false,
    });
    const heading = nodes[0];
    if (heading && !heading.ignored && heading.role?.value === 'heading') {
      if (heading.name?.value === text) return true;
    }
    return `the last card's heading ("${text}") is not in the accessibility tree as a heading of that name (${heading?.ignored ? 'ignored' : `role ${heading?.role?.value}, name "${heading?.name?.value}"`})`;
  } finally {
    await cdp.detach();
  }
}

/**
 * Chromium's trace of what `fn` makes the page do, and a test for a complete event on the page's
 * main thread that has its CPU time (`tdur`).
 */
async function traceMainThread(browser, page, fn) {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  let events;
  try {
    await fn();
  } finally {
    events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents ?? [];
  }
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`) && e.tdur !== undefined;
  return { events, onMain };
}

/**
 * The CPU time of one traced mount of `cards` cards, split into style recalculation
 * (`UpdateLayoutTree`), layout, garbage collection and the rest (script: React, the components,
 * DOM calls). The mount is one task on the page's main thread; an event nested in a counted one
 * is not counted again.
 */
export async function mountSplit(browser, page, cards) {
  const { events, onMain } = await traceMainThread(browser, page, () =>
    page.evaluate((n) => window.bench.mount(n), cards),
  );
  const top = events
    .filter((e) => e.name === 'RunTask' && onMain(e))
    .reduce((a, b) => (b.tdur > (a?.tdur ?? 0) ? b : a), undefined);
  const split = { total: 0, script: 0, style: 0, layout: 0, gc: 0 };
  if (!top) return split;
  const kinds = {
    UpdateLayoutTree: 'style',
    Layout: 'layout',
    MinorGC: 'gc',
    MajorGC: 'gc',
    'V8.GC_SCAVENGER': 'gc',
  };
  let end = 0;
  for (const e of events
    .filter((e) => onMain(e) && e.pid === top.pid && e.tid === top.tid && kinds[e.name])
    .filter((e) => e.ts >= top.ts && e.ts + e.dur <= top.ts + top.dur)
    .sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue;
    split[kinds[e.name]] += e.tdur / 1000;
    end = e.ts + e.dur;
  }
  split.total = top.tdur / 1000;
  split.script = split.total - split.style - split.layout - split.gc;
  return split;
}

const longest = (tasks, until = Number.POSITIVE_INFINITY) =>
  Math.max(0, ...tasks.filter((t) => t.start < until).map((t) => t.end - t.start));

// On a loaded machine a task's wall time is mostly waiting for a core. Chromium's trace gives
// each task of the page's main thread its CPU time too (`tdur`), which is what the task would
// take on a machine to itself: the longest of those is the figure compared with the goal.
async function traced(browser, page, fn) {
  const { events, onMain } = await traceMainThread(browser, page, fn);
  const tasks = events.filter((e) => e.name === 'RunTask' && onMain(e));
  const top = tasks.reduce((a, b) => (b.tdur > (a?.tdur ?? 0) ? b : a), undefined);
  if (!top) return { cpu: 0, parts: {} };
  // What the longest task spent its CPU on: script (outermost calls only), style, layout.
  const inside = events
    .filter((e) => onMain(e) && e.pid === top.pid && e.tid === top.tid)
    .filter((e) => e.ts >= top.ts && e.ts + e.dur <= top.ts + top.dur)
    .sort((a, b) => a.ts - b.ts);
  const parts = { script: 0, style: 0, layout: 0 };
  let scriptEnd = 0;
  for (const e of inside) {
    if (scriptNames.has(e.name) && e.ts >= scriptEnd) {
      parts.script += e.tdur / 1000;
      scriptEnd = e.ts + e.dur;
    } else if (e.name === 'UpdateLayoutTree' && e.ts >= scriptEnd) parts.style += e.tdur / 1000;
    else if (e.name === 'Layout' && e.ts >= scriptEnd) parts.layout += e.tdur / 1000;
  }
  return { cpu: top.tdur / 1000, parts };
}

const scriptNames = new Set(['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'v8.compile']);

/** One load of the 1,000-comment thread: the first page (or all, with `all`), then "show more". */
async function threadOnce(browser, base, all) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    const loadCpu = await traced(browser, page, async () => {
      await page.goto(`${base}/thread.html${all ? '?all' : ''}`);
      await page.waitForFunction(() => window.thread?.ready !== undefined, null, {
        timeout: 120_000,
      });
    });
    const loaded = await page.evaluate(() => ({
      ...window.thread.ready,
      articles: document.querySelectorAll('article').length,
      tasks: window.longTasks,
    }));
    const result = {
      committed: loaded.committed,
      painted: loaded.painted,
      articles: loaded.articles,
      // Every long task until the first frame with the thread in it: script evaluation,
      // rendering, style and layout.
      longestTask: longest(loaded.tasks, loaded.painted),
      longestTaskCpu: loadCpu.cpu,
      longestTaskParts: loadCpu.parts,
    };
    if (!all) {
      const before = await page.evaluate(() => window.longTasks.length);
      const clicks = [];
      const clickCpu = await traced(browser, page, async () => {
        for (let i = 0; i < 5; i++)
          clicks.push(await page.evaluate(() => window.thread.showMore()));
      });
      result.showMoreLongestTaskCpu = clickCpu.cpu;
      const tasks = await page.evaluate((n) => window.longTasks.slice(n), before);
      result.showMore = median(clicks);
      result.showMoreLongestTask = longest(tasks);
    }
    if (errors.length) throw new Error(`thread: ${errors.join('\n')}`);
    return result;
  } finally {
    await page.close();
  }
}

/**
 * The 1,000-comment thread (Samskap only: the goal is absolute): the first page as loaded, five
 * "show more" clicks, and every comment at once. Medians of `runs` fresh pages; the longest
 * task is the median of each run's longest, with the worst run beside it.
 */
export async function measureThread(outDir, { runs = 5, log = () => {} } = {}) {
  const server = await serve(outDir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const paged = [];
  const whole = [];
  try {
    for (let i = 0; i < runs; i++) {
      paged.push(await threadOnce(browser, base, false));
      whole.push(await threadOnce(browser, base, true));
      log(`thread run ${i + 1}/${runs}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const sum = (rs, k) => ({
    median: median(rs.map((r) => r[k])),
    max: Math.max(...rs.map((r) => r[k])),
  });
  const summary = (rs, keys) => ({
    articles: rs[0].articles,
    ...Object.fromEntries(keys.map((k) => [k, sum(rs, k)])),
    // The parts of the median run's longest task.
    longestTaskParts: [...rs].sort((a, b) => a.longestTaskCpu - b.longestTaskCpu)[
      Math.floor(rs.length / 2)
    ].longestTaskParts,
  });
  const load = ['painted', 'longestTask', 'longestTaskCpu'];
  return {
    runs,
    firstPage: summary(paged, [
      ...load,
      'showMore',
      'showMoreLongestTask',
      'showMoreLongestTaskCpu',
    ]),
    all: summary(whole, load),
  };
}
