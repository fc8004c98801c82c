import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Spinner } from './Spinner.js';

describe('Spinner', () => {
  it.each([
    ['nb', 'Laster inn saker'],
    ['nn', 'Lastar inn saker'],
    ['en', 'Loading cases'],
  ] as const)('in %s is an image named by its label', (locale, label) => {
    const ref = createRef<SVGSVGElement>();
    renderIn(locale, <Spinner ref={ref} label={label} size="lg" />);
    const spinner = screen.getByRole('img', { name: label });
    expect(ref.current).toBe(spinner);
    expect(spinner).toHaveAttribute('data-size', 'lg');
  });

  it('hidden, it is not in the accessibility tree', () => {
    renderIn('nb', <Spinner aria-hidden data-testid="s" />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByTestId('s')).toHaveAttribute('aria-hidden', 'true');
  });

  it('the type demands a label or aria-hidden', () => {
    // @ts-expect-error: neither a label nor aria-hidden
    const unnamed = <Spinner />;
    // @ts-expect-error: a hidden spinner with a label is a contradiction
    const both = <Spinner aria-hidden label="x" />;
    expect([unnamed, both]).toHaveLength(2);
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <Spinner label="Laster" />
          <p>
            <Spinner aria-hidden size="sm" /> Laster inn
          </p>
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
