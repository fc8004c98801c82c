import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Skeleton } from './Skeleton.js';

describe('Skeleton', () => {
  it('is hidden from assistive technology and sized by its props', () => {
    const ref = createRef<HTMLSpanElement>();
    renderIn('nb', <Skeleton ref={ref} variant="circle" width="3rem" data-testid="s" />);
    const s = screen.getByTestId('s');
    expect(ref.current).toBe(s);
    expect(s).toHaveAttribute('aria-hidden', 'true');
    expect(s).toHaveAttribute('data-variant', 'circle');
    expect(s).toHaveStyle({ width: '3rem' });
  });

  it('draws several lines of text', () => {
    renderIn('nn', <Skeleton lines={3} data-testid="s" />);
    const s = screen.getByTestId('s');
    expect(s.children).toHaveLength(3);
    expect(s.lastElementChild).toHaveAttribute('data-last', 'true');
  });

  it.each(locales)(
    'in %s a loading region is busy and the skeleton says nothing',
    async (locale) => {
      renderIn(
        locale,
        <section aria-label="Saker" aria-busy="true">
          <Skeleton variant="rectangle" height="8rem" />
          <Skeleton lines={2} />
        </section>,
      );
      const region = screen.getByRole('region', { name: 'Saker' });
      expect(region).toHaveAttribute('aria-busy', 'true');
      expect(region).toHaveTextContent('');
      expect(await axe()).toHaveNoViolations();
    },
  );
});
