// Runs the recipe on the server with a filtered, paged URL and checks what a reader gets.
import { filterCases, filtersFromSearchParams } from '@samskap/portal';
import { sampleCases } from '@samskap/portal/sample-data';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { App } from './App';

const search = '?level=local&level=national&page=2&utm=news';
const expected = filterCases(sampleCases, filtersFromSearchParams(search), 'nn').cases.length;
if (expected <= 12) throw new Error(`the check needs more than one page (got ${expected})`);

const sheet = new ServerStyleSheet();
const html = renderToString(sheet.collectStyles(<App locale="nn" search={search} />));
const links = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
const pageOne = links.find((h) => h.includes('level=local') && !h.includes('page='));
const pageLinks = links.filter((h) => /[?&]page=\d/.test(h));
if (!pageOne) throw new Error(`no link back to page 1 without page= in ${links.join(' ')}`);
if (!pageLinks.every((h) => h.includes('utm=news') && h.includes('level=national'))) {
  throw new Error(`a page link lost the filters or other parameters: ${pageLinks.join(' ')}`);
}
if (!html.includes(String(expected))) throw new Error(`the HTML does not show ${expected} results`);
// With scripts off on a wide screen the facets show: they are in the HTML, and the CSS shows the
// closed disclosure's content from 48 rem.
const countryBoxes = html.match(/type="checkbox"[^>]*name="country"/g)?.length ?? 0;
if (countryBoxes === 0) throw new Error('the HTML has no country facet');
const css = sheet.getStyleTags();
if (
  !/@media \(min-width: 48rem\)\{[^@]*::details-content\{content-visibility:visible;\}/.test(css)
) {
  throw new Error('no CSS shows the facets on a wide screen before scripts run');
}
console.log(
  `${expected} local and national cases, page 2 rendered in nynorsk, ${pageLinks.length} page links keep the filters, ${countryBoxes} country facets in the HTML`,
);
