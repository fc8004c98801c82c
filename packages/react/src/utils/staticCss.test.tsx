import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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

  it('is how every styled template in react and portal takes in a fragment', () => {
    // A template tagged directly by `styled` with a `${}` in it is rebuilt and hashed on every
    // render (decision 25); it must be written `styled.x(staticCss(css`...`))`.
    const packages = resolve(import.meta.dirname, '../../..');
    const offenders: string[] = [];
    // Left as templates on purpose, each with its reason beside it in the file.
    const notJoined = new Set(['portal/src/cases/case-card/CaseCard.styles.ts: Root']);
    for (const pkg of ['react', 'portal']) {
      const src = join(packages, pkg, 'src');
      for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
        if (!/\.styles\.ts$/.test(file)) continue;
        const code = readFileSync(join(src, file), 'utf8');
        for (const [, name, body] of code.matchAll(
          /const (\w+) = styled(?:\.\w+|\([\w.]+\))`([^`]*)`/g,
        )) {
          const where = `${relative(packages, join(src, file))}: ${name}`;
          if (body?.includes('${') && !notJoined.has(where)) offenders.push(where);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
