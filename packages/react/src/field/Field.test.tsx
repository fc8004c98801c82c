import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { InputHTMLAttributes } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Field } from './Field.js';
import { useField, useFieldControl } from './useField.js';

// A control of the host's own, wired through the hook as every Samskap input is.
function DateInput(props: InputHTMLAttributes<HTMLInputElement>) {
  return <input type="date" {...useFieldControl(props)} />;
}

function HookOnly() {
  const field = useField({ id: 'dato', hasDescription: true, hasError: true });
  return (
    <>
      <label htmlFor={field.controlId}>Dato</label>
      <p id={field.descriptionId}>Når skjedde det?</p>
      <p id={field.errorId}>Velg en dato</p>
      <input id={field.controlId} aria-describedby={field.describedBy} />
    </>
  );
}

describe('Field', () => {
  it.each([
    ['nb', 'Møtedato (må fylles ut)', 'Dagen møtet var Feil: Velg en dato'],
    ['nn', 'Møtedato (må fyllast ut)', 'Dagen møtet var Feil: Velg en dato'],
    ['en', 'Møtedato (required)', 'Dagen møtet var Error: Velg en dato'],
  ] as const)(
    'in %s wires a custom control to its label, help and error',
    (locale, name, description) => {
      const { container } = renderIn(
        locale,
        <Field label="Møtedato" required description="Dagen møtet var" error="Velg en dato">
          <DateInput aria-describedby="ekstra" />
        </Field>,
      );
      const input = container.querySelector('input[type="date"]') as HTMLInputElement;
      expect(input).toHaveAccessibleName(name);
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAttribute('aria-required', 'true');
      expect(input.getAttribute('aria-describedby')?.split(' ')).toEqual([
        `${input.id}-description`,
        `${input.id}-error`,
        'ekstra',
      ]);
      expect(input).toHaveAccessibleDescription(description);
    },
  );

  it('a click on the label focuses the control, and a disabled field disables it', async () => {
    const user = userEvent.setup();
    const { container, unmount } = renderIn(
      'nb',
      <Field label="Dato">
        <DateInput />
      </Field>,
    );
    await user.click(screen.getByText('Dato'));
    expect(container.querySelector('input')).toHaveFocus();
    unmount();
    const again = renderIn(
      'nb',
      <Field label="Dato" disabled>
        <DateInput />
      </Field>,
    );
    expect(again.container.querySelector('input')).toBeDisabled();
  });

  it('useField alone gives ids for a hand-built field', () => {
    renderIn('en', <HookOnly />);
    const input = screen.getByRole('textbox', { name: 'Dato' });
    expect(input).toHaveAttribute('id', 'dato');
    expect(input).toHaveAccessibleDescription('Når skjedde det? Velg en dato');
  });

  it('useFieldControl outside a field leaves props alone', () => {
    renderIn('en', <DateInput aria-label="Alone" id="x" />);
    const input = document.getElementById('x');
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <Field label="Dato" optional description="Når?" error="Velg en dato">
            <DateInput />
          </Field>
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
