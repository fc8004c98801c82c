import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Paragraph } from './Paragraph.js';

describe('Paragraph', () => {
  it('is a paragraph that passes size, variant, lang and its ref', () => {
    const ref = createRef<HTMLParagraphElement>();
    renderIn(
      'nb',
      <Paragraph ref={ref} size="lg" variant="subtle" lang="en">
        Hello
      </Paragraph>,
    );
    const p = screen.getByText('Hello');
    expect(p.tagName).toBe('P');
    expect(p).toHaveAttribute('data-size', 'lg');
    expect(p).toHaveAttribute('data-variant', 'subtle');
    expect(p).toHaveAttribute('lang', 'en');
    expect(ref.current).toBe(p);
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <Paragraph>Tekst</Paragraph>
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
