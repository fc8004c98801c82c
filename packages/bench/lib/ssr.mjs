// Server rendering cost: a page of 100 case cards rendered with `renderToString`, Samskap's
// components with styled-components collecting their styles, against the very same markup as
// plain React elements (no components, no styled-components). Pages per second, rounds
// interleaved. Run with NODE_ENV=production (run.mjs starts it so), as a server would.
import { performance } from 'node:perf_hooks';
import { CaseCard } from '@samskap/portal';
import { generateCases } from '@samskap/portal/sample-data';
import { SamskapProvider } from '@samskap/react';
import { JSDOM } from 'jsdom';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';

const cases = generateCases(100);

function samskapPage() {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(
      sheet.collectStyles(
        h(
          SamskapProvider,
          { locale: 'nb' },
          h(
            'ul',
            null,
            cases.map((c) => h('li', { key: c.id }, h(CaseCard, { case: c }))),
          ),
        ),
      ),
    );
    return sheet.getStyleTags() + html;
  } finally {
    sheet.seal();
  }
}

// HTML attribute names that React spells differently.
const propNames = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  hreflang: 'hrefLang',
};

function styleObject(text) {
  const out = {};
  for (const decl of text.split(';')) {
    const i = decl.indexOf(':');
    if (i < 0) continue;
    const name = decl.slice(0, i).trim();
    const key = name.startsWith('--') ? name : name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    out[key] = decl.slice(i + 1).trim();
  }
  return out;
}

/** The same markup as plain React elements. */
function toElements(node, key) {
  if (node.nodeType === 3) return node.data;
  if (node.nodeType !== 1) return null;
  const props = key === undefined ? {} : { key };
  for (const { name, value } of node.attributes) {
    if (name === 'style') props.style = styleObject(value);
    else props[propNames[name] ?? name] = value;
  }
  const children = [...node.childNodes].map((child, i) => toElements(child, i));
  return h(node.localName, props, ...(children.length ? [children] : []));
}

const { document } = new JSDOM(`<body>${samskapPage()}</body>`).window;
// The markup of the page without its collected <style> tags: those are styled-components' work.
const body = [...document.body.children].filter((el) => el.localName !== 'style');
// Built once, outside the timing: walking jsdom's nodes costs more than rendering them, and
// would be counted against the plain page. React renders the same element tree anew each time.
const plainTree = h(
  'div',
  null,
  body.map((el, i) => toElements(el, i)),
);
const plainPage = () => renderToString(plainTree);

function pagesPerSecond(render, ms) {
  let pages = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    render();
    pages++;
    now = performance.now();
  }
  return (pages * 1000) / (now - start);
}

const rounds = Number(process.env.BENCH_SSR_ROUNDS ?? 5);
const ms = Number(process.env.BENCH_SSR_MS ?? 2000);
// Warm-up: the JIT settles before anything is counted.
pagesPerSecond(samskapPage, 500);
pagesPerSecond(plainPage, 500);
const samskap = [];
const plain = [];
for (let i = 0; i < rounds; i++) {
  samskap.push(pagesPerSecond(samskapPage, ms));
  plain.push(pagesPerSecond(plainPage, ms));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
process.stdout.write(
  JSON.stringify({
    samskap: median(samskap),
    plain: median(plain),
    bytes: { samskap: samskapPage().length, plain: plainPage().length },
  }),
);
