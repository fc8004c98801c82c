import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Pagination, pageItems } from './Pagination.js';

const hrefFor = (p: number) => `/saker?side=${p}`;

describe('pageItems', () => {
  it.each([
    [1, 1, [1]],
    [3, 5, [1, 2, 3, 4, 5]],
    [1, 5, [1, 2, 'gap', 5]],
    [5, 10, [1, 'gap', 4, 5, 6, 'gap', 10]],
    [1, 10, [1, 2, 'gap', 10]],
    [10, 10, [1, 'gap', 9, 10]],
    [4, 10, [1, 2, 3, 4, 5, 'gap', 10]],
  ] as const)('page %i of %i shows %j', (page, total, expected) => {
    expect(pageItems(page, total)).toEqual(expected);
  });
});

function Controlled({ onChange }: { onChange: (page: number) => void }) {
  const [page, setPage] = useState(2);
  return (
    <Pagination
      page={page}
      total={3}
      onChange={(p) => {
        onChange(p);
        setPage(p);
      }}
    />
  );
}

describe('Pagination', () => {
  it.each([
    ['nb', 'Sidenavigasjon', 'Side 5', 'Forrige side', 'Neste side'],
    ['nn', 'Sidenavigasjon', 'Side 5', 'Førre side', 'Neste side'],
    ['en', 'Pagination', 'Page 5', 'Previous page', 'Next page'],
  ] as const)(
    'in %s is a nav named "%s" with the current page marked',
    (locale, label, current, prev, next) => {
      renderIn(locale, <Pagination page={5} total={10} hrefFor={hrefFor} />);
      const nav = screen.getByRole('navigation', { name: label });
      const here = within(nav).getByRole('link', { name: current });
      expect(here).toHaveAttribute('aria-current', 'page');
      expect(here).toHaveAttribute('href', '/saker?side=5');
      expect(within(nav).getByRole('link', { name: prev })).toHaveAttribute(
        'href',
        '/saker?side=4',
      );
      expect(within(nav).getByRole('link', { name: next })).toHaveAttribute(
        'href',
        '/saker?side=6',
      );
      expect(nav.querySelectorAll('[aria-current]')).toHaveLength(1);
    },
  );

  it('leaves out previous on the first page and next on the last, with links', () => {
    const { rerender } = renderIn('nb', <Pagination page={1} total={3} hrefFor={hrefFor} />);
    expect(screen.queryByRole('link', { name: 'Forrige side' })).toBeNull();
    rerender(<Pagination page={3} total={3} hrefFor={hrefFor} />);
    expect(screen.queryByRole('link', { name: 'Neste side' })).toBeNull();
  });

  it('says "page 3 of 10" for the compact form', () => {
    renderIn('nn', <Pagination page={3} total={10} hrefFor={hrefFor} />);
    expect(screen.getByText('Side 3 av 10')).toBeInTheDocument();
  });

  it('renders nothing with one page', () => {
    renderIn('nb', <Pagination page={1} total={1} hrefFor={hrefFor} />);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('with links, calls onChange before the link is followed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn((_: number, e: { preventDefault: () => void }) => e.preventDefault());
    renderIn('en', <Pagination page={2} total={4} hrefFor={hrefFor} onChange={onChange} />);
    await user.click(screen.getByRole('link', { name: 'Page 4' }));
    expect(onChange.mock.calls[0]?.[0]).toBe(4);
  });

  it('without hrefFor, is buttons driven by the keyboard that keep focus at the ends', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderIn('nb', <Controlled onChange={onChange} />);
    await user.tab();
    const previous = screen.getByRole('button', { name: 'Forrige side' });
    expect(previous).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(1);
    expect(screen.getByRole('button', { name: 'Side 1' })).toHaveAttribute('aria-current', 'page');
    // At the first page, previous stays, says it is unavailable, and keeps focus.
    expect(previous).toHaveFocus();
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledTimes(1);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Side 2' })).toHaveFocus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith(2);
  });

  it('takes label overrides and forwards its ref', () => {
    const ref = createRef<HTMLElement>();
    renderIn(
      'en',
      <Pagination
        ref={ref}
        page={1}
        total={2}
        hrefFor={hrefFor}
        labels={{ label: 'Results pages', page: 'Results page {{page}}' }}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Results pages' });
    expect(ref.current).toBe(nav);
    expect(screen.getByRole('link', { name: 'Results page 2' })).toBeInTheDocument();
  });

  it('drops unsafe URLs from hrefFor', () => {
    renderIn('en', <Pagination page={1} total={2} hrefFor={() => 'javascript:alert(1)'} />);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <Pagination page={5} total={10} hrefFor={hrefFor} />
          <Pagination page={1} total={3} onChange={() => {}} aria-label="Other" />
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
