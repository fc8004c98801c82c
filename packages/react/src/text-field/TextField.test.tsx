import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { TextField } from './TextField.js';

describe('TextField', () => {
  it('is a textbox named by its label that takes typing and passes native props', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const ref = createRef<HTMLInputElement>();
    renderIn(
      'nb',
      <TextField ref={ref} label="Navn" name="navn" autoComplete="name" onChange={onChange} />,
    );
    const input = screen.getByRole('textbox', { name: 'Navn' });
    expect(ref.current).toBe(input);
    expect(input).toHaveAttribute('name', 'navn');
    expect(input).toHaveAttribute('autocomplete', 'name');
    expect(input).toHaveAttribute('type', 'text');
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(input).toHaveFocus();
    await user.keyboard('Kari');
    expect(input).toHaveValue('Kari');
    expect(onChange).toHaveBeenCalledTimes(4);
  });

  it.each([
    ['nb', 'E-post (valgfritt)', 'Telefon (må fylles ut)', 'Feil: Skriv inn et telefonnummer'],
    ['nn', 'E-post (valfritt)', 'Telefon (må fyllast ut)', 'Feil: Skriv inn et telefonnummer'],
    ['en', 'E-post (optional)', 'Telefon (required)', 'Error: Skriv inn et telefonnummer'],
  ] as const)(
    'in %s marks optional and required fields and prefixes errors',
    (locale, optional, required, error) => {
      renderIn(
        locale,
        <>
          <TextField label="E-post" type="email" optional />
          <TextField
            label="Telefon"
            type="tel"
            required
            description="8 siffer"
            error="Skriv inn et telefonnummer"
          />
        </>,
      );
      const email = screen.getByRole('textbox', { name: optional });
      expect(email).not.toHaveAttribute('aria-required');
      const phone = screen.getByRole('textbox', { name: required });
      expect(phone).toHaveAttribute('aria-required', 'true');
      expect(phone).not.toHaveAttribute('required');
      expect(phone).toHaveAttribute('aria-invalid', 'true');
      expect(phone).toHaveAccessibleDescription(`8 siffer ${error}`);
      expect(phone).toHaveAttribute('type', 'tel');
    },
  );

  it('uses the given id, keeps its own aria-describedby and takes label overrides', () => {
    renderIn(
      'en',
      <>
        <p id="extra">Extra help</p>
        <TextField
          id="org"
          label="Organisation"
          optional
          aria-describedby="extra"
          description="As registered"
          labels={{ optional: '(if any)' }}
        />
      </>,
    );
    const input = screen.getByRole('textbox', { name: 'Organisation (if any)' });
    expect(input).toHaveAttribute('id', 'org');
    expect(input).toHaveAttribute('aria-describedby', 'org-description extra');
    expect(input).toHaveAccessibleDescription('As registered Extra help');
  });

  it('a disabled field cannot be focused or typed in', async () => {
    const user = userEvent.setup();
    renderIn('nb', <TextField label="Saksnummer" disabled defaultValue="2026/14" />);
    const input = screen.getByRole('textbox', { name: 'Saksnummer' });
    expect(input).toBeDisabled();
    await user.tab();
    expect(input).not.toHaveFocus();
  });

  it('has no axe violations in any language, in every state', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <form>
            <TextField label="Navn" required />
            <TextField label="E-post" optional description="Vi svarer hit" />
            <TextField label="Telefon" error="Skriv inn et telefonnummer" />
            <TextField label="Saksnummer" disabled />
          </form>
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
