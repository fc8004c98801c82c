import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { SamskapProvider } from '../provider/SamskapProvider.js';
import { TextField } from '../text-field/TextField.js';
import { ErrorSummary, type ErrorSummaryError } from './ErrorSummary.js';

const errors: ErrorSummaryError[] = [
  { target: 'navn', message: 'Skriv inn navnet ditt' },
  { target: 'kommune', message: 'Velg kommune' },
];

function Form({ list = errors, autoFocus }: { list?: ErrorSummaryError[]; autoFocus?: boolean }) {
  return (
    <main>
      <ErrorSummary errors={list} autoFocus={autoFocus} />
      <form noValidate>
        <TextField id="navn" label="Navn" error="Skriv inn navnet ditt" />
        <fieldset id="kommune">
          <legend>Kommune</legend>
          <label>
            <input type="radio" name="kommune" value="oslo" /> Oslo
          </label>
          <label>
            <input type="radio" name="kommune" value="bergen" defaultChecked /> Bergen
          </label>
        </fieldset>
        <button type="submit">Send</button>
      </form>
    </main>
  );
}

describe('ErrorSummary', () => {
  it.each([
    ['nb', 'Rett opp dette før du går videre'],
    ['nn', 'Rett opp dette før du går vidare'],
    ['en', 'Fix the following before you continue'],
  ] as const)('in %s is a region named by its heading that takes focus', (locale, heading) => {
    renderIn(locale, <Form />);
    const region = screen.getByRole('region', { name: heading });
    expect(region).toHaveFocus();
    expect(within(region).getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    // The alert is inside, not on the focused element.
    expect(region).not.toHaveAttribute('role');
    const alert = within(region).getByRole('alert');
    expect(
      within(alert)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Skriv inn navnet ditt', 'Velg kommune']);
  });

  it('each link moves focus to its field, by keyboard and by mouse', async () => {
    const user = userEvent.setup();
    const onErrorClick = vi.fn();
    renderIn(
      'nb',
      <main>
        <ErrorSummary errors={errors} onErrorClick={onErrorClick} />
        <TextField id="navn" label="Navn" error="Skriv inn navnet ditt" />
        <fieldset id="kommune">
          <legend>Kommune</legend>
          <label>
            <input type="radio" name="kommune" value="oslo" /> Oslo
          </label>
          <label>
            <input type="radio" name="kommune" value="bergen" defaultChecked /> Bergen
          </label>
        </fieldset>
      </main>,
    );
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skriv inn navnet ditt' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Navn' })).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Velg kommune' }));
    // A group answers through its checked radio.
    expect(screen.getByRole('radio', { name: 'Bergen' })).toHaveFocus();
    expect(onErrorClick.mock.calls.map(([e]) => e.target)).toEqual(['navn', 'kommune']);
  });

  it('leaves the link to its href when there is no field to focus', async () => {
    const user = userEvent.setup();
    const onErrorClick = vi.fn();
    renderIn(
      'en',
      <main>
        <ErrorSummary
          errors={[{ target: 'missing', message: 'Gone' }]}
          onErrorClick={onErrorClick}
        />
      </main>,
    );
    const link = screen.getByRole('link', { name: 'Gone' });
    expect(link).toHaveAttribute('href', '#missing');
    await user.click(link);
    expect(onErrorClick).not.toHaveBeenCalled();
  });

  it('renders nothing without errors, and takes focus when errors arrive', () => {
    const { rerender } = renderIn('nn', <Form list={[]} />);
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    const name = screen.getByRole('textbox', { name: 'Navn' });
    rerender(
      <SamskapProvider locale="nn">
        <Form />
      </SamskapProvider>,
    );
    // The same form, updated in place: only the summary is new.
    expect(screen.getByRole('textbox', { name: 'Navn' })).toBe(name);
    expect(screen.getByRole('region', { name: 'Rett opp dette før du går vidare' })).toHaveFocus();
  });

  it('does not take focus with autoFocus off, and takes heading and level overrides', () => {
    renderIn(
      'en',
      <main>
        <ErrorSummary
          errors={errors}
          autoFocus={false}
          headingLevel={3}
          labels={{ heading: 'Check your answers' }}
        />
      </main>,
    );
    const region = screen.getByRole('region', { name: 'Check your answers' });
    expect(region).not.toHaveFocus();
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Check your answers');
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(locale, <Form />);
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
