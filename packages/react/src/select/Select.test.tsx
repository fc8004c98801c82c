import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Select } from './Select.js';

const options = (
  <>
    <option value="0301">Oslo</option>
    <option value="4601">Bergen</option>
    <option value="5001">Trondheim</option>
  </>
);

describe('Select', () => {
  it('is a combobox named by its label, chosen from by keyboard, with its ref', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const ref = createRef<HTMLSelectElement>();
    renderIn(
      'nb',
      <Select
        ref={ref}
        label="Kommune"
        name="kommune"
        placeholder="Velg kommune"
        onChange={onChange}
      >
        {options}
      </Select>,
    );
    const select = screen.getByRole('combobox', { name: 'Kommune' });
    expect(ref.current).toBe(select);
    expect(select).toHaveValue('');
    expect(screen.getByRole('option', { name: 'Velg kommune' })).toHaveValue('');
    await user.tab();
    expect(select).toHaveFocus();
    await user.selectOptions(select, 'Bergen');
    expect(select).toHaveValue('4601');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['nb', 'Kommune (må fylles ut)', 'Der du bor Feil: Velg kommune'],
    ['nn', 'Kommune (må fyllast ut)', 'Der du bor Feil: Velg kommune'],
    ['en', 'Kommune (required)', 'Der du bor Error: Velg kommune'],
  ] as const)('in %s shows marker, description and error', (locale, name, description) => {
    renderIn(
      locale,
      <Select label="Kommune" required description="Der du bor" error="Velg kommune">
        {options}
      </Select>,
    );
    const select = screen.getByRole('combobox', { name });
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAttribute('aria-required', 'true');
    expect(select).toHaveAccessibleDescription(description);
  });

  it('can be disabled', () => {
    renderIn(
      'en',
      <Select label="Kommune" disabled>
        {options}
      </Select>,
    );
    expect(screen.getByRole('combobox', { name: 'Kommune' })).toBeDisabled();
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <Select label="Kommune" optional placeholder="Velg" error="Velg kommune">
            {options}
          </Select>
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
