import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { ValidationMessage } from './ValidationMessage.js';

describe('ValidationMessage', () => {
  it.each([
    ['nb', 'Feil: Velg en kommune'],
    ['nn', 'Feil: Velg en kommune'],
    ['en', 'Error: Velg en kommune'],
  ] as const)('in %s reads with a hidden prefix and shows only the message', (locale, read) => {
    renderIn(
      locale,
      <>
        <input aria-label="Kommune" aria-describedby="m" />
        <ValidationMessage id="m">Velg en kommune</ValidationMessage>
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Kommune' })).toHaveAccessibleDescription(read);
  });

  it('takes a prefix override and passes native props', () => {
    renderIn(
      'en',
      <ValidationMessage data-testid="m" labels={{ prefix: 'Problem:' }}>
        Choose one
      </ValidationMessage>,
    );
    expect(screen.getByTestId('m')).toHaveTextContent('Problem: Choose one');
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <ValidationMessage>Velg en kommune</ValidationMessage>
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
