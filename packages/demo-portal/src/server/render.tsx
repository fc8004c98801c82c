import { localeInfo } from '@samskap/i18n';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { App } from '../app/App.js';
import { copy } from '../app/copy.js';
import { locales } from '../app/paths.js';
import { appearance } from '../app/themes.js';
import type { PageData } from '../app/types.js';

/** What the page loads besides itself: the client entry's script and preload tags. */
export interface DocumentAssets {
  /** Tags for `<head>` (module preloads, stylesheets). */
  head: string;
  /** Tags at the end of `<body>` (the client entry). */
  body: string;
}

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => htmlEscapes[ch] ?? ch);
}

/** JSON that is safe inside a `<script>` element: no `</script>`, no HTML comment, no U+2028. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function pageTitle(data: PageData): string {
  const text = copy[data.locale];
  const { page } = data;
  const title = (() => {
    switch (page.kind) {
      case 'home':
        return '';
      case 'case':
        return page.case.title;
      case 'article':
        return page.article.title;
      case 'event':
        return page.event.title;
      default:
        return text[page.kind].title;
    }
  })();
  const full = title ? `${title} – ${text.siteName}` : text.siteName;
  // GOV.UK: a page sent back with errors says so first in its title.
  const sentBack =
    page.kind === 'case' || page.kind === 'event' || page.kind === 'tips'
      ? page.form
      : page.kind === 'home'
        ? page.newsletter
        : undefined;
  const failed = sentBack !== undefined && Object.keys(sentBack.errors).length > 0;
  return failed ? `${text.errors.titlePrefix} ${full}` : full;
}

/**
 * Renders a whole page: the app's HTML with its styles collected, `<html lang>`, the `hreflang`
 * alternates, and the data the browser hydrates from.
 */
export function renderDocument(data: PageData, origin: string, assets: DocumentAssets): string {
  const sheet = new ServerStyleSheet();
  let html: string;
  let styles: string;
  try {
    html = renderToString(sheet.collectStyles(<App data={data} />));
    styles = sheet.getStyleTags();
  } finally {
    sheet.seal();
  }
  const info = localeInfo[data.locale];
  const here = `${data.path}${data.search}`;
  const alternates = [
    ...locales.map(
      (l) =>
        `<link rel="alternate" hreflang="${localeInfo[l].tag}" href="${escapeHtml(`${origin}/${l}${here}`)}">`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(`${origin}/`)}">`,
  ].join('\n    ');
  const scheme = appearance[data.theme].colorScheme;
  return `<!doctype html>
<html lang="${info.tag}" dir="${info.dir}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="${scheme === 'auto' ? 'light dark' : scheme}">
    <title>${escapeHtml(pageTitle(data))}</title>
    ${alternates}
    <style>html,body{margin:0}</style>
    ${styles}
    ${assets.head}
  </head>
  <body>
    <div id="root">${html}</div>
    <script type="application/json" id="page-data">${scriptJson(data)}</script>
    ${assets.body}
  </body>
</html>`;
}
