import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Badge } from './Badge.js';

describe('Badge', () => {
  it.each(locales)('in %s shows its text and is not interactive', (locale) => {
    renderIn(locale, <Badge color="success">Avsluttet</Badge>);
    const badge = screen.getByText('Avsluttet');
    expect(badge).toHaveAttribute('data-color', 'success');
    expect(badge).toHaveAttribute('data-variant', 'subtle');
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('passes native props and forwards its ref', () => {
    const ref = createRef<HTMLSpanElement>();
    renderIn(
      'en',
      <Badge ref={ref} variant="strong" size="sm" title="3 new comments" lang="en">
        3
      </Badge>,
    );
    const badge = screen.getByTitle('3 new comments');
    expect(ref.current).toBe(badge);
    expect(badge).toHaveAttribute('data-variant', 'strong');
    expect(badge).toHaveAttribute('data-size', 'sm');
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <p>
            Status: <Badge color="warning">Under arbeid</Badge>
          </p>
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
