import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Divider } from './Divider.js';

describe('Divider', () => {
  it.each(locales)('in %s is a separator', (locale) => {
    const ref = createRef<HTMLHRElement>();
    renderIn(locale, <Divider ref={ref} spacing="lg" strong />);
    const hr = screen.getByRole('separator');
    expect(ref.current).toBe(hr);
    expect(hr).toHaveAttribute('data-spacing', 'lg');
    expect(hr).toHaveAttribute('data-strong', 'true');
  });

  it('decorative is hidden from screen readers', () => {
    renderIn('nb', <Divider decorative />);
    expect(screen.queryByRole('separator')).toBeNull();
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <p>En</p>
          <Divider />
          <p>To</p>
          <Divider decorative />
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
