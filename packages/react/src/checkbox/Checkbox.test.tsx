import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Checkbox } from './Checkbox.js';

describe('Checkbox', () => {
  it('is a checkbox named by its label that toggles with Space and a click on the label', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const ref = createRef<HTMLInputElement>();
    renderIn(
      'nb',
      <Checkbox ref={ref} label="Send meg e-post om svar" name="varsel" onChange={onChange} />,
    );
    const box = screen.getByRole('checkbox', { name: 'Send meg e-post om svar' });
    expect(ref.current).toBe(box);
    expect(box).toHaveAttribute('name', 'varsel');
    expect(box).toHaveAttribute('value', 'on');
    await user.tab();
    expect(box).toHaveFocus();
    await user.keyboard(' ');
    expect(box).toBeChecked();
    await user.click(screen.getByText('Send meg e-post om svar'));
    expect(box).not.toBeChecked();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['nb', 'Jeg godtar vilkårene (må fylles ut)', 'Feil: Du må godta vilkårene'],
    ['nn', 'Jeg godtar vilkårene (må fyllast ut)', 'Feil: Du må godta vilkårene'],
    ['en', 'Jeg godtar vilkårene (required)', 'Error: Du må godta vilkårene'],
  ] as const)('in %s a required checkbox on its own shows its error', (locale, name, error) => {
    renderIn(
      locale,
      <Checkbox
        label="Jeg godtar vilkårene"
        required
        description="Les vilkårene først"
        error="Du må godta vilkårene"
      />,
    );
    const box = screen.getByRole('checkbox', { name });
    expect(box).toHaveAttribute('aria-required', 'true');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(`Les vilkårene først ${error}`);
  });

  it('a disabled checkbox cannot be toggled', async () => {
    const user = userEvent.setup();
    renderIn('en', <Checkbox label="Locked" disabled defaultChecked />);
    const box = screen.getByRole('checkbox', { name: 'Locked' });
    await user.click(box);
    expect(box).toBeChecked();
    expect(box).toBeDisabled();
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <Checkbox label="Send meg e-post" description="Høyst én i uka" />
          <Checkbox label="Jeg godtar" required error="Du må godta" />
          <Checkbox label="Låst" disabled />
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
