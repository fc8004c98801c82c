import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Breadcrumbs } from './Breadcrumbs.js';

const items = [
  { label: 'Forside', href: '/' },
  { label: 'Saker', href: '/saker' },
  { label: 'Ny barnehage på Tøyen' },
];

describe('Breadcrumbs', () => {
  it.each([
    ['nb', 'Brødsmulesti'],
    ['nn', 'Brødsmulesti'],
    ['en', 'Breadcrumbs'],
  ] as const)(
    'in %s is a nav named "%s" with an ordered list ending at the current page',
    (locale, label) => {
      renderIn(locale, <Breadcrumbs items={items} />);
      const nav = screen.getByRole('navigation', { name: label });
      const list = within(nav).getByRole('list');
      expect(list.tagName).toBe('OL');
      expect(within(list).getAllByRole('listitem')).toHaveLength(3);
      expect(within(nav).getByRole('link', { name: 'Saker' })).toHaveAttribute('href', '/saker');
      const current = within(nav).getByText('Ny barnehage på Tøyen');
      expect(current).toHaveAttribute('aria-current', 'page');
      expect(current.closest('a')).toBeNull();
    },
  );

  it('its links are reached in order by keyboard', async () => {
    const user = userEvent.setup();
    renderIn('nb', <Breadcrumbs items={items} />);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Forside' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Saker' })).toHaveFocus();
  });

  it('drops unsafe URLs, takes a label override and forwards its ref', () => {
    const ref = createRef<HTMLElement>();
    renderIn(
      'en',
      <Breadcrumbs
        ref={ref}
        labels={{ label: 'You are here' }}
        items={[{ label: 'Bad', href: 'javascript:alert(1)' }, { label: 'Here' }]}
      />,
    );
    expect(ref.current).toBe(screen.getByRole('navigation', { name: 'You are here' }));
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(locale, <Breadcrumbs items={items} />);
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
