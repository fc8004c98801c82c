import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { TextField } from '../text-field/TextField.js';
import { Fieldset } from './Fieldset.js';

function Address(props: Partial<Parameters<typeof Fieldset>[0]>) {
  return (
    <Fieldset legend="Adresse" id="adresse" {...props}>
      <TextField label="Gate" autoComplete="street-address" />
      <TextField label="Postnummer" width="short" />
    </Fieldset>
  );
}

describe('Fieldset', () => {
  it.each([
    ['nb', 'Adresse (valgfritt)', 'Der vi kan sende brev Feil: Adressen er ufullstendig'],
    ['nn', 'Adresse (valfritt)', 'Der vi kan sende brev Feil: Adressen er ufullstendig'],
    ['en', 'Adresse (optional)', 'Der vi kan sende brev Error: Adressen er ufullstendig'],
  ] as const)(
    'in %s is a group named by its legend, described by help and error',
    (locale, name, description) => {
      renderIn(
        locale,
        <Address optional description="Der vi kan sende brev" error="Adressen er ufullstendig" />,
      );
      const group = screen.getByRole('group', { name });
      expect(group).toHaveAttribute('id', 'adresse');
      expect(group).toHaveAccessibleDescription(description);
      expect(within(group).getAllByRole('textbox')).toHaveLength(2);
    },
  );

  it('moves focus through its fields in order, and disables them all', async () => {
    const user = userEvent.setup();
    const { unmount } = renderIn('nb', <Address />);
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Gate' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Postnummer' })).toHaveFocus();
    unmount();
    renderIn('nb', <Address disabled />);
    for (const box of screen.getAllByRole('textbox')) expect(box).toBeDisabled();
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <Address required description="Der vi kan sende brev" error="Skriv inn adressen" />
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
