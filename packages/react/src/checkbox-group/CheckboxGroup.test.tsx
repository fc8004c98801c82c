import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Checkbox } from '../checkbox/Checkbox.js';
import { CheckboxGroup } from './CheckboxGroup.js';

function Topics(props: Partial<Parameters<typeof CheckboxGroup>[0]>) {
  return (
    <CheckboxGroup legend="Hva gjelder forslaget?" name="tema" {...props}>
      <Checkbox label="Skole" value="skole" />
      <Checkbox label="Helse" value="helse" />
      <Checkbox label="Trafikk" value="trafikk" />
    </CheckboxGroup>
  );
}

function Controlled({ onChange }: { onChange: (v: string[]) => void }) {
  const [value, setValue] = useState<string[]>(['helse']);
  return (
    <Topics
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('CheckboxGroup', () => {
  it.each([
    ['nb', 'Hva gjelder forslaget? (valgfritt)', 'Velg alle som passer Feil: Velg minst ett tema'],
    ['nn', 'Hva gjelder forslaget? (valfritt)', 'Velg alle som passer Feil: Velg minst ett tema'],
    ['en', 'Hva gjelder forslaget? (optional)', 'Velg alle som passer Error: Velg minst ett tema'],
  ] as const)(
    'in %s is a group named by its legend, with help and error on it',
    (locale, name, description) => {
      renderIn(
        locale,
        <Topics optional description="Velg alle som passer" error="Velg minst ett tema" />,
      );
      const group = screen.getByRole('group', { name });
      expect(group.tagName).toBe('FIELDSET');
      expect(group).toHaveAccessibleDescription(description);
      const boxes = within(group).getAllByRole('checkbox');
      expect(boxes).toHaveLength(3);
      for (const box of boxes) {
        expect(box).toHaveAttribute('name', 'tema');
        expect(box).toHaveAttribute('aria-invalid', 'true');
      }
    },
  );

  it('reports every checked value in the order of the boxes, from the keyboard', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderIn('nb', <Topics defaultValue={['trafikk']} onChange={onChange} />);
    expect(screen.getByRole('checkbox', { name: 'Trafikk' })).toBeChecked();
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Skole' })).toBeChecked();
    await user.tab();
    await user.tab();
    await user.keyboard(' ');
    expect(onChange.mock.calls.map(([v]) => v)).toEqual([['skole', 'trafikk'], ['skole']]);
  });

  it('follows a controlled value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderIn('en', <Controlled onChange={onChange} />);
    expect(screen.getByRole('checkbox', { name: 'Helse' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Skole' }));
    expect(onChange).toHaveBeenLastCalledWith(['skole', 'helse']);
    expect(screen.getByRole('checkbox', { name: 'Skole' })).toBeChecked();
  });

  it('disables every box when disabled', () => {
    renderIn('nb', <Topics disabled />);
    for (const box of screen.getAllByRole('checkbox')) expect(box).toBeDisabled();
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <Topics required description="Velg alle som passer" error="Velg minst ett" />
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });

  it.each([
    ['nb', 'Hva gjelder forslaget? (må fylles ut)'],
    ['nn', 'Hva gjelder forslaget? (må fyllast ut)'],
    ['en', 'Hva gjelder forslaget? (required)'],
  ] as const)('in %s says in its name that it is required', (locale, name) => {
    renderIn(locale, <Topics required />);
    expect(screen.getByRole('group', { name })).toBeInTheDocument();
  });
});
