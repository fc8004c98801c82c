import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Heading, subheadingLevel } from './Heading.js';

describe('Heading', () => {
  it.each([1, 2, 3, 4, 5, 6] as const)('level %i is a heading of that level', (level) => {
    renderIn('nb', <Heading level={level}>Saker</Heading>);
    expect(screen.getByRole('heading', { level, name: 'Saker' }).tagName).toBe(`H${level}`);
  });

  it('keeps the semantic level when the visual size differs', () => {
    const ref = createRef<HTMLHeadingElement>();
    renderIn(
      'nn',
      <Heading ref={ref} level={2} size="sm" id="x" lang="en">
        Kommentarar
      </Heading>,
    );
    const heading = screen.getByRole('heading', { level: 2, name: 'Kommentarar' });
    expect(heading).toHaveAttribute('data-size', 'sm');
    expect(heading).toHaveAttribute('id', 'x');
    expect(heading).toHaveAttribute('lang', 'en');
    expect(ref.current).toBe(heading);
  });

  it('defaults the size from the level', () => {
    renderIn('en', <Heading level={1}>Title</Heading>);
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('data-size', '2xl');
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <Heading level={1}>Saker</Heading>
          <Heading level={2} size="2xl">
            Nye saker
          </Heading>
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });

  it("puts a part's inner headings one level deeper, never past h6", () => {
    renderIn(
      'nb',
      <>
        <Heading level={subheadingLevel(2)}>Svar</Heading>
        <Heading level={subheadingLevel(6)}>Djupt</Heading>
      </>,
    );
    expect(screen.getByRole('heading', { name: 'Svar' })).toHaveProperty('tagName', 'H3');
    expect(screen.getByRole('heading', { name: 'Djupt' })).toHaveProperty('tagName', 'H6');
  });
});
