// The Markdown the bench prints and writes to docs/performance.md: machine, versions, date,
// the figures, and each goal of issue 17 with its ratio.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function versionOf(name) {
  // Some packages do not export their package.json: find it beside the resolved entry.
  try {
    return require(`${name}/package.json`).version;
  } catch {
    let dir = dirname(require.resolve(name));
    for (let i = 0; i < 5; i++, dir = dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        if (pkg.name === name) return pkg.version;
      } catch {}
    }
    return '?';
  }
}

function chromiumVersion() {
  try {
    const bin = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
    return execFileSync(bin, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const s = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const x = (ratio) => `${ratio.toFixed(2)}`;
const parts = (p) =>
  `script ${s(p.script ?? 0)}, style ${s(p.style ?? 0)}, layout ${s(p.layout ?? 0)}`;
const mark = (ratio, goal) => (ratio <= goal ? 'met' : `missed by ${x(ratio - goal)}`);

export function report({ date, runs, cards, size, render, thread, ssr }) {
  const lines = [
    '# Performance: Samskap against Designsystemet and Aksel',
    '',
    'Written by `pnpm bench` (packages/bench); do not edit by hand. Figures from one run on one',
    'machine: compare the ratios, not the absolute times, with another machine.',
    '',
    `- Date: ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${chromiumVersion()}; load average ${loadavg()[0].toFixed(1)} when the run ended (other work on the machine slows every system alike, since the runs interleave, but widens the spread)`,
    `- Versions: @digdir/designsystemet-react ${versionOf('@digdir/designsystemet-react')} + designsystemet-css ${versionOf('@digdir/designsystemet-css')}; @navikt/ds-react ${versionOf('@navikt/ds-react')} + ds-css ${versionOf('@navikt/ds-css')}; react ${versionOf('react')}, styled-components ${versionOf('styled-components')}, i18next ${versionOf('i18next')}, vite ${versionOf('vite')}`,
    '',
  ];
  const goals = [];

  if (size) {
    const by = Object.fromEntries(size.map((r) => [r.id, r]));
    const ds = by.designsystemet.total;
    const akWhole = by['aksel-whole-css'].total;
    const akParts = by['aksel-component-css'].total;
    lines.push(
      '## Case page size',
      '',
      'Case cards, case filters, pagination, a comment thread with its form and the language',
      'switcher, each system from its own closest components (packages/bench/pages). Built with',
      "Vite for production (Rolldown honours each package's `sideEffects`; esbuild alone ignores",
      "the peers' and makes them look several times larger), React external, data excluded. gzip",
      'level 9 of every JS and CSS file the build writes; kB = 1,000 bytes.',
      '',
      '| case page | JS gzip | CSS gzip | total gzip | / Designsystemet | / Aksel, whole CSS | / Aksel, component CSS |',
      '|---|---|---|---|---|---|---|',
    );
    for (const r of size) {
      lines.push(
        `| ${r.label} | ${kB(r.jsGzip)} | ${kB(r.cssGzip)} | ${kB(r.total)} | ${x(r.total / ds)} | ${x(r.total / akWhole)} | ${x(r.total / akParts)} |`,
      );
    }
    lines.push('');
    const bundled = by['samskap-bundled'].total;
    const external = by['samskap-external'].total;
    goals.push(
      ['Case page, peers bundled / Designsystemet', bundled / ds, 0.6],
      ['Case page, peers bundled / Aksel with its whole CSS', bundled / akWhole, 1.0],
      ['Case page, peers external / Designsystemet', external / ds, 0.5],
      ['Case page, peers external / Aksel with component CSS', external / akParts, 0.8],
    );
  }

  if (render) {
    const by = Object.fromEntries(render.map((r) => [r.id, r]));
    const sk = by.samskap;
    lines.push(
      `## Rendering ${cards.toLocaleString('en')} case cards in Chromium`,
      '',
      `Each system's closest card with the same visible content, production builds, ${runs} runs`,
      'interleaved across the systems, each in a fresh page after one warm-up mount; medians. A',
      'step is timed from the state change to the end of a forced style and layout',
      '(`flushSync`, then reading `offsetHeight`), so it covers script, style and layout, not',
      'paint. The language switch changes nb to en with every card mounted (Samskap: the',
      "provider's `locale`; Aksel: its `Provider` locale plus the host's strings; Designsystemet:",
      "the host's strings); the scheme switch changes light to dark. JS heap: growth after a",
      'garbage collection. The last column is a second language switch, on a page of 200 cards',
      'with a 100-comment thread below them (every comment shown, with its vote, reply and report',
      "buttons; the peers' threads are built from their own components in packages/bench/pages).",
      '',
      '| card | mount, median (min–max) | elements per card | JS heap | language switch | scheme switch | language switch, 200 cards + 100 comments |',
      '|---|---|---|---|---|---|---|',
    );
    for (const r of render) {
      lines.push(
        `| ${r.label} | ${s(r.mount)} (${s(r.mountMin)}–${s(r.mountMax)}) | ${r.elements.toFixed(1)} | ${(r.heap / 1e6).toFixed(1)} MB | ${s(r.language)} | ${s(r.scheme)} | ${s(r.pageLanguage)} |`,
      );
    }
    lines.push('');
    goals.push(
      ['Mount / Designsystemet', sk.mount / by.designsystemet.mount, 1.0],
      ['Mount / Aksel', sk.mount / by.aksel.mount, 1.0],
      ['Language switch / Aksel', sk.language / by.aksel.language, 1.0],
      [
        'Language switch, 200 cards + 100 comments / Aksel',
        sk.pageLanguage / by.aksel.pageLanguage,
        1.0,
      ],
      ['Colour-scheme switch / Designsystemet', sk.scheme / by.designsystemet.scheme, 1.0],
    );
  }

  if (thread) {
    const { firstPage: p, all } = thread;
    const both = (m) => `${s(m.median)} (worst ${s(m.max)})`;
    lines.push(
      '## A 1,000-comment thread',
      '',
      "Samskap's `CommentThread` with 1,000 comments (a third of them replies), loaded in a fresh",
      'page: its first page (at most 20 top-level comments and 50 comments, replies included, a',
      '"show more" button for the rest), then five clicks on "show more"; and, in another page,',
      'every comment on one page (`pageSize` and `maxCommentsPerPage` 1,000), which the thread',
      'puts on screen in steps of 25 comments. Medians of',
      `${thread.runs} runs, the worst beside. Times from the start of navigation to the first frame`,
      'after the whole page is on screen. Long tasks come from a',
      '`PerformanceObserver` for `longtask` started before any script, so they include loading',
      "the page's script as well as rendering, style and layout. On a loaded machine a task's",
      'wall time is mostly waiting for a core, so the CPU time of the longest task of the main',
      "thread (from Chromium's trace) is given too, and that is what the goal is checked on.",
      '',
      '| thread | comments shown | first frame | longest task (CPU) | "show more", per click | longest task, "show more" (CPU) |',
      '|---|---|---|---|---|---|',
      `| first page | ${p.articles} | ${both(p.painted)} | ${both(p.longestTask)} (${s(p.longestTaskCpu.median)}) | ${both(p.showMore)} | ${both(p.showMoreLongestTask)} (${s(p.showMoreLongestTaskCpu.median)}) |`,
      `| all at once | ${all.articles} | ${both(all.painted)} | ${both(all.longestTask)} (${s(all.longestTaskCpu.median)}) | | |`,
      '',
      `CPU time of the longest task, by part (median run): first page ${parts(p.longestTaskParts)}; all at once ${parts(all.longestTaskParts)}.`,
      '',
    );
    goals.push([
      '1,000-comment thread: longest task to the first page, CPU / 200 ms',
      p.longestTaskCpu.median / 200,
      1.0,
    ]);
  }

  if (ssr) {
    lines.push(
      '## Server rendering 100 case cards',
      '',
      "`renderToString` under Node with NODE_ENV=production: Samskap's components with",
      "styled-components' `ServerStyleSheet` collecting the styles, against the same markup as",
      'plain React elements (no components, no styled-components; so the gap is all of',
      "Samskap's work, not only styled-components'). Median pages per second of interleaved rounds",
      `in one Node process; the scenario runs in ${ssr.ratios?.length ?? 1} processes, and the one with the median`,
      'ratio is shown.',
      '',
      '| page | pages per second | HTML bytes |',
      '|---|---|---|',
      `| Samskap, styles collected | ${ssr.samskap.toFixed(1)} | ${ssr.bytes.samskap.toLocaleString('en')} |`,
      `| the same markup, plain elements | ${ssr.plain.toFixed(1)} | ${ssr.bytes.plain.toLocaleString('en')} |`,
      '',
    );
    if (ssr.ratios?.length > 1) {
      lines.push(
        `Samskap's time / the plain markup's, each process: ${ssr.ratios.map((r) => r.toFixed(2)).join(', ')}.`,
        '',
      );
    }
    goals.push(['Server rendering time / plain markup', ssr.plain / ssr.samskap, 1.25]);
  }

  if (goals.length) {
    lines.push(
      '## Goals (issue 17)',
      '',
      '| goal | Samskap / peer | at most | |',
      '|---|---|---|---|',
    );
    for (const [name, ratio, goal] of goals) {
      lines.push(`| ${name} | ${x(ratio)} | ${x(goal)} | ${mark(ratio, goal)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
