import { SamskapProvider } from '@samskap/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { locales, renderIn } from '../../../../../test/render.js';
import { sampleCases } from '../../sample-data/index.js';
import { CaseList } from './CaseList.js';

const n = sampleCases.length;

// jsdom role queries over a page of cards are slow on a busy two-core machine.
vi.setConfig({ testTimeout: 30_000 });

describe('CaseList', () => {
  it.each([
    ['nb', `${n} saker`, '1 sak', 'Visning'],
    ['nn', `${n} saker`, '1 sak', 'Vising'],
    ['en', `${n} cases`, '1 case', 'View'],
  ] as const)('in %s shows the result count with the right plural', (locale, many, one, view) => {
    const { unmount } = renderIn(locale, <CaseList cases={sampleCases} />);
    expect(screen.getByText(many)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: view })).toBeInTheDocument();
    unmount();
    renderIn(locale, <CaseList cases={sampleCases.slice(0, 1)} />);
    expect(screen.getByText(one)).toBeInTheDocument();
  });

  it('shows one page of cards and pages on, moving focus to the count', async () => {
    const user = userEvent.setup();
    const onPageChange = vi.fn();
    renderIn('en', <CaseList cases={sampleCases} pageSize={6} onPageChange={onPageChange} />);
    expect(screen.getAllByRole('article')).toHaveLength(6);
    expect(screen.getByRole('link', { name: sampleCases[0]?.title })).toBeInTheDocument();
    const pager = screen.getByRole('navigation');
    const two = within(pager)
      .getAllByRole('button')
      .find((b) => b.textContent?.trim().endsWith('2')) as HTMLElement;
    await user.click(two);
    expect(onPageChange).toHaveBeenCalledWith(2);
    expect(screen.getByRole('link', { name: sampleCases[6]?.title })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: sampleCases[0]?.title })).toBeNull();
    expect(screen.getByText(`${n} cases`)).toHaveFocus();
  });

  it('switches layout with toggle buttons, by keyboard', async () => {
    const user = userEvent.setup();
    const onLayoutChange = vi.fn();
    renderIn('nn', <CaseList cases={sampleCases} onLayoutChange={onLayoutChange} />);
    const grid = screen.getByRole('button', { name: 'Rutenett' });
    const list = screen.getByRole('button', { name: 'Liste' });
    expect(grid).toHaveAttribute('aria-pressed', 'true');
    expect(list).toHaveAttribute('aria-pressed', 'false');
    list.focus();
    await user.keyboard('{Enter}');
    expect(list).toHaveAttribute('aria-pressed', 'true');
    expect(grid).toHaveAttribute('aria-pressed', 'false');
    expect(onLayoutChange).toHaveBeenCalledWith('list');
    expect(screen.getAllByRole('article')[0]).toHaveAttribute('data-variant', 'horizontal');
  });

  it('announces a changed count politely, and not the first one', async () => {
    const { rerender } = renderIn('nb', <CaseList cases={sampleCases} />);
    const status = () =>
      document.querySelector('[data-samskap-live] [aria-live="polite"]')?.textContent ?? '';
    await new Promise((r) => setTimeout(r, 700));
    expect(status()).not.toContain('saker');
    rerender(
      <SamskapProvider locale="nb">
        <CaseList cases={sampleCases.slice(0, 3)} />
      </SamskapProvider>,
    );
    await waitFor(() => expect(status()).toBe('3 saker'), { timeout: 2000 });
  });

  it('takes a count label as a function of count, so a host keeps its own plural forms', () => {
    const labels = {
      count: ({ count }: { count?: unknown }) =>
        count === 1 ? 'Eitt prosjekt' : `${count} prosjekt`,
    };
    const { unmount } = renderIn('nn', <CaseList cases={sampleCases} labels={labels} />);
    expect(screen.getByText(`${n} prosjekt`)).toBeInTheDocument();
    unmount();
    renderIn('nn', <CaseList cases={sampleCases.slice(0, 1)} labels={labels} />);
    expect(screen.getByText('Eitt prosjekt')).toBeInTheDocument();
  });

  it('fills {{count}} in a text label', () => {
    renderIn('en', <CaseList cases={sampleCases} labels={{ count: '{{count}} projects found' }} />);
    expect(screen.getByText(`${n} projects found`)).toBeInTheDocument();
  });

  it('makes the pages real links with hrefFor, and drops an unsafe one', () => {
    renderIn(
      'nb',
      <CaseList
        cases={sampleCases}
        pageSize={6}
        hrefFor={(p) => (p === 3 ? 'javascript:alert(1)' : `?side=${p}`)}
      />,
    );
    const pager = screen.getByRole('navigation');
    const hrefs = within(pager)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('?side=2');
    expect(hrefs.some((h) => h?.includes('javascript'))).toBe(false);
  });

  it('still takes the old pageHref, with one warning in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { rerender } = renderIn(
        'en',
        <CaseList cases={sampleCases} pageSize={6} pageHref={(p) => `?page=${p}`} />,
      );
      rerender(
        <SamskapProvider locale="en">
          <CaseList cases={sampleCases} pageSize={6} pageHref={(p) => `?page=${p}`} />
        </SamskapProvider>,
      );
      const pager = screen.getByRole('navigation');
      expect(within(pager).getByRole('link', { name: /2$/ })).toHaveAttribute('href', '?page=2');
      const warnings = warn.mock.calls.filter((c) => String(c[0]).includes('pageHref'));
      expect(warnings).toHaveLength(1);
      expect(String(warnings[0]?.[0])).toContain('hrefFor');
    } finally {
      warn.mockRestore();
    }
  });

  it('shows skeletons and says so while loading', () => {
    renderIn('en', <CaseList cases={[]} loading />);
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByText('Loading cases…')).toBeInTheDocument();
    expect(document.querySelector('section')).toHaveAttribute('aria-busy', 'true');
  });

  it('offers to clear the filters when nothing matches', async () => {
    const user = userEvent.setup();
    const onClearFilters = vi.fn();
    renderIn('nn', <CaseList cases={[]} onClearFilters={onClearFilters} />);
    expect(screen.getByText('0 saker')).toBeInTheDocument();
    expect(screen.getByText('Ingen saker passar til filtera')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fjern alle filter' }));
    expect(onClearFilters).toHaveBeenCalledTimes(1);
  });

  it('has no axe violations in any language, with cases, empty and loading', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <CaseList cases={sampleCases} pageSize={4} />
          <CaseList cases={[]} onClearFilters={() => {}} />
          <CaseList cases={[]} loading />
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  }, 30_000);
});
