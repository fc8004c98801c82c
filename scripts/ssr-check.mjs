// Server rendering of the built packages under Node's own ESM loader (no bundler), the way a
// Node SSR framework with externalised dependencies loads them. Catches CommonJS interop slips
// and code that touches `window` or `document` at import or render time.
import assert from 'node:assert/strict';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';

const portal = await import('../packages/portal/dist/index.js');
const react = await import('../packages/react/dist/index.js');
assert.equal(typeof globalThis.document, 'undefined', 'the check must run without a DOM');

const sheet = new ServerStyleSheet();
const html = renderToString(
  sheet.collectStyles(
    h(
      react.SamskapProvider,
      { locale: 'nn', colorScheme: 'auto' },
      h(portal.LanguageSwitcher, { hrefFor: (l) => `/${l}/` }),
      h(react.Button, { loading: true }, 'Send'),
    ),
  ),
);
const styles = sheet.getStyleTags();
sheet.seal();

assert.match(html, /lang="nn-NO"/, 'provider sets lang');
assert.match(html, /data-color-scheme="auto"/);
assert.match(html, /prefers-color-scheme: dark/, 'auto scheme is in the server HTML');
assert.match(html, /Bytt språk til/, 'switcher strings render on the server');
assert.match(html, /Lastar inn/, 'button strings render on the server');
assert.ok(styles.includes('--sk-color-accent-base'), 'component styles are collected');
console.log(`ssr: ok (${html.length} chars of HTML, ${styles.length} chars of styles)`);
