import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { SearchField } from './SearchField.js';

describe('SearchField', () => {
  it.each([
    ['nb', 'Søk', 'Tøm søkefeltet', 'Søk'],
    ['nn', 'Søk', 'Tøm søkefeltet', 'Søk'],
    ['en', 'Search', 'Clear search', 'Search'],
  ] as const)(
    'in %s: type, clear, type again and submit, all by keyboard',
    async (locale, label, clear, submit) => {
      const user = userEvent.setup();
      const onSearch = vi.fn();
      renderIn(locale, <SearchField onSearch={onSearch} />);
      expect(screen.getByRole('search')).toBeInTheDocument();
      const input = screen.getByRole('searchbox', { name: label });
      expect(screen.queryByRole('button', { name: clear })).toBeNull();
      await user.tab();
      expect(input).toHaveFocus();
      await user.keyboard('barnehage');
      await user.tab();
      const clearButton = screen.getByRole('button', { name: clear });
      expect(clearButton).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(input).toHaveValue('');
      expect(input).toHaveFocus();
      await user.keyboard('skole{Enter}');
      expect(onSearch).toHaveBeenLastCalledWith('skole');
      await user.click(screen.getByRole('button', { name: submit }));
      expect(onSearch).toHaveBeenCalledTimes(2);
    },
  );

  it('Escape clears the text', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderIn('nb', <SearchField defaultValue="klima" onValueChange={onValueChange} />);
    await user.click(screen.getByRole('searchbox'));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(onValueChange).toHaveBeenLastCalledWith('');
  });

  it('can be controlled, hide its label, take overrides and forward its ref', async () => {
    const user = userEvent.setup();
    const ref = createRef<HTMLInputElement>();
    const onValueChange = vi.fn();
    renderIn(
      'en',
      <SearchField
        ref={ref}
        value="fixed"
        onValueChange={onValueChange}
        hideLabel
        labels={{ label: 'Search cases', submit: 'Find' }}
        placeholder="e.g. kindergarten"
      />,
    );
    const input = screen.getByRole('searchbox', { name: 'Search cases' });
    expect(ref.current).toBe(input);
    expect(input).toHaveAttribute('name', 'q');
    expect(input).toHaveAttribute('placeholder', 'e.g. kindergarten');
    await user.type(input, 'x');
    expect(onValueChange).toHaveBeenLastCalledWith('fixedx');
    expect(input).toHaveValue('fixed');
    expect(screen.getByRole('button', { name: 'Find' })).toBeInTheDocument();
  });

  it('disabled: no clear button and a disabled submit', () => {
    renderIn('nb', <SearchField defaultValue="x" disabled />);
    expect(screen.getByRole('searchbox')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Tøm søkefeltet' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Søk' })).toBeDisabled();
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <SearchField defaultValue="barnehage" />
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
