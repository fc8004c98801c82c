import { renderToString } from 'react-dom/server';
import { css, ServerStyleSheet, styled } from 'styled-components';
import { describe, expect, it } from 'vitest';
import { focusRing } from './focus.js';
import { staticCss } from './staticCss.js';

/**
 * The rules a component's server render collects, with its generated class names made equal
 * (and without the sheet's bookkeeping line, which numbers the components).
 */
function collectedCss(Component: React.ComponentType<{ children: string }>): string {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(<Component>x</Component>));
    const classes = /class="([^"]*)"/.exec(html)?.[1]?.split(' ') ?? [];
    let out = sheet.getStyleTags();
    for (const name of classes) out = out.replaceAll(name, 'C');
    return out.replace(/data-styled\.g\d+\[id="C"\]/, '');
  } finally {
    sheet.seal();
  }
}

describe('staticCss', () => {
  it('gives the same rules as interpolating the fragments', () => {
    const Interpolated = styled.a`
      color: var(--sk-color-accent-text);
      &:focus-visible {
        ${focusRing}
      }
    `;
    const Joined = styled.a(
      staticCss(css`
        color: var(--sk-color-accent-text);
        &:focus-visible {
          ${focusRing}
        }
      `),
    );
    const joined = collectedCss(Joined);
    expect(joined).toContain('.C:focus-visible{outline:var(--sk-focus-width) solid');
    expect(joined).toContain(
      '@media (forced-colors: active){.C:focus-visible{outline-color:Highlight;',
    );
    expect(joined).toBe(collectedCss(Interpolated));
  });

  it('refuses CSS that depends on props, which cannot be joined once', () => {
    expect(() =>
      staticCss(css<{ $wide: boolean }>`
        width: ${(p) => (p.$wide ? '100%' : 'auto')};
      `),
    ).toThrow(/only static CSS/);
  });
});
