// @vitest-environment node
import { SamskapProvider } from '@samskap/react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { describe, expect, it } from 'vitest';
import { sampleCases } from '../../sample-data/index.js';
import { CaseFilters } from '../case-filters/CaseFilters.js';
import { emptyCaseFilters, filterCases } from '../filter.js';
import { CaseLibraryLayout } from './CaseLibraryLayout.js';
import { CaseList } from './CaseList.js';

/** The case library as a server renders it: HTML and the collected CSS, no scripts. */
function serverRender() {
  const { cases, facets } = filterCases(sampleCases, emptyCaseFilters, 'nb');
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(
      sheet.collectStyles(
        <SamskapProvider locale="nb">
          <CaseLibraryLayout
            filters={<CaseFilters value={emptyCaseFilters} onChange={() => {}} facets={facets} />}
          >
            <CaseList cases={cases} hrefFor={(p) => `?page=${p}`} />
          </CaseLibraryLayout>
        </SamskapProvider>,
      ),
    );
    return { html, css: sheet.getStyleTags(), facets };
  } finally {
    sheet.seal();
  }
}

// The CSS rules inside `@supports selector(::details-content) { @media (min-width: 48rem) {...} }`.
function wideRules(css: string): string {
  const start = css.indexOf('@supports selector(::details-content){@media (min-width: 48rem){');
  expect(start).toBeGreaterThanOrEqual(0);
  return css.slice(start, css.indexOf('}}', start));
}

describe('the case library rendered on the server', () => {
  it('has every facet in its HTML, in a closed disclosure whose content CSS shows on wide screens', () => {
    const { html, css, facets } = serverRender();
    const details = /<details([^>]*)>([\s\S]*?)<\/details>/.exec(html);
    expect(details).not.toBeNull();
    const [, attributes = '', content = ''] = details ?? [];
    // Nothing measured in a script decides what shows: the disclosure is closed in the HTML ...
    expect(attributes).not.toMatch(/\bopen\b/);
    expect(attributes).toContain('data-collapse="narrow"');
    // ... and holds a checkbox for every value of every facet, with its count.
    for (const [param, values] of [
      ['country', facets.countries],
      ['level', facets.levels],
      ['sector', facets.sectors],
      ['stage', facets.stages],
    ] as const) {
      expect(values.length).toBeGreaterThan(0);
      const boxes = content.match(new RegExp(`type="checkbox"[^>]*name="${param}"`, 'g')) ?? [];
      expect(boxes).toHaveLength(values.length);
    }
    const norway = facets.countries.find((f) => f.value === 'NO')?.count;
    expect(content).toContain(`Norge (${norway})`);
    // From 48 rem, the panel's content is rendered though the disclosure is closed, and its
    // summary ("Vis filtre") is gone.
    const panelClasses = /class="([^"]*)"/.exec(attributes)?.[1]?.split(' ') ?? [];
    const rules = wideRules(css);
    const panel = panelClasses.find((c) => rules.includes(`.${c}[data-collapse='narrow']`));
    expect(panel).toBeDefined();
    expect(rules).toContain(
      `.${panel}[data-collapse='narrow']::details-content{content-visibility:visible;}`,
    );
    expect(rules).toContain(`.${panel}[data-collapse='narrow']>summary{display:none;}`);
  });

  it('puts the filters beside the results from the same width, in CSS', () => {
    const { css } = serverRender();
    expect(css).toMatch(
      /@media \(min-width: 48rem\)\{\.[\w-]+\{grid-template-columns:minmax\(14rem, 18rem\) minmax\(0, 1fr\);\}\}/,
    );
  });

  it('keeps the facets folded away at every width with collapse="always"', () => {
    const { facets } = filterCases(sampleCases, emptyCaseFilters, 'en');
    const html = renderToString(
      <SamskapProvider locale="en">
        <CaseFilters
          value={emptyCaseFilters}
          onChange={() => {}}
          facets={facets}
          collapse="always"
        />
      </SamskapProvider>,
    );
    expect(html).toMatch(/<details[^>]*data-collapse="always"/);
    expect(html).toContain('Show filters');
  });
});
