// Runs the recipe under Node: the theme passes contrast, and the provider writes its variables
// into the server's HTML.
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { App } from './App';
import { agencyTheme, contrastProblems } from './theme';

if (contrastProblems.length > 0) throw new Error(`contrast: ${JSON.stringify(contrastProblems)}`);
const sheet = new ServerStyleSheet();
const html = renderToString(sheet.collectStyles(<App locale="nn" />));
for (const expected of ['data-sk-theme="kystverk"', 'Send inn en idé', '--sk-color-accent']) {
  if (!html.includes(expected)) throw new Error(`the HTML lacks ${expected}`);
}
console.log(
  `theme ${agencyTheme.name}: ${agencyTheme.adjustments.length} adjustment(s), contrast ok, rendered`,
);
