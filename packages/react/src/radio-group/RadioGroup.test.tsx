import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Radio } from './Radio.js';
import { RadioGroup } from './RadioGroup.js';

function Kommune(props: Partial<Parameters<typeof RadioGroup>[0]>) {
  return (
    <RadioGroup legend="Hvor bor du?" {...props}>
      <Radio label="Oslo" value="oslo" />
      <Radio label="Bergen" value="bergen" description="Også Askøy" />
      <Radio label="Et annet sted" value="annet" />
    </RadioGroup>
  );
}

describe('RadioGroup', () => {
  it.each([
    ['nb', 'Hvor bor du? (må fylles ut)', 'Feil: Velg hvor du bor'],
    ['nn', 'Hvor bor du? (må fyllast ut)', 'Feil: Velg hvor du bor'],
    ['en', 'Hvor bor du? (required)', 'Error: Velg hvor du bor'],
  ] as const)(
    'in %s is a required radio group named by its legend with its error',
    (locale, name, error) => {
      renderIn(locale, <Kommune required error="Velg hvor du bor" />);
      const group = screen.getByRole('radiogroup', { name });
      expect(group).toHaveAttribute('aria-required', 'true');
      expect(group).toHaveAccessibleDescription(error);
      const radios = within(group).getAllByRole('radio');
      expect(radios).toHaveLength(3);
      const names = new Set(radios.map((r) => r.getAttribute('name')));
      expect(names.size).toBe(1);
      for (const radio of radios) expect(radio).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByRole('radio', { name: 'Bergen' })).toHaveAccessibleDescription(
        'Også Askøy',
      );
    },
  );

  it('moves and chooses with arrow keys, and reports the value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const ref = createRef<HTMLFieldSetElement>();
    renderIn('nb', <Kommune ref={ref} name="kommune" defaultValue="oslo" onChange={onChange} />);
    expect(ref.current?.tagName).toBe('FIELDSET');
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Oslo' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    const bergen = screen.getByRole('radio', { name: 'Bergen' });
    expect(bergen).toHaveFocus();
    expect(bergen).toBeChecked();
    expect(bergen).toHaveAttribute('name', 'kommune');
    await user.click(screen.getByText('Et annet sted'));
    expect(onChange.mock.calls.map(([v]) => v)).toEqual(['bergen', 'annet']);
  });

  it('follows a controlled value', () => {
    renderIn('en', <Kommune value="bergen" onChange={() => {}} />);
    expect(screen.getByRole('radio', { name: 'Bergen' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Oslo' })).not.toBeChecked();
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <Kommune description="Der du er folkeregistrert" error="Velg hvor du bor" />
          <Kommune legend="Låst" disabled />
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });

  it('is a plain group with no requirement when not required', () => {
    renderIn('nb', <Kommune />);
    const group = screen.getByRole('group', { name: 'Hvor bor du?' });
    expect(group).not.toHaveAttribute('aria-required');
  });
});
