import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Alert } from './Alert.js';

describe('Alert', () => {
  it.each([
    ['nb', 'info', 'status', 'Informasjon: Saka er oppdatert.'],
    ['nb', 'success', 'status', 'Fullført: Saka er oppdatert.'],
    ['nb', 'warning', 'status', 'Advarsel: Saka er oppdatert.'],
    ['nb', 'danger', 'alert', 'Feil: Saka er oppdatert.'],
    ['nn', 'warning', 'status', 'Åtvaring: Saka er oppdatert.'],
    ['nn', 'success', 'status', 'Fullført: Saka er oppdatert.'],
    ['en', 'danger', 'alert', 'Error: Saka er oppdatert.'],
    ['en', 'info', 'status', 'Information: Saka er oppdatert.'],
  ] as const)(
    'in %s a %s alert has role %s and says its kind in words',
    (locale, variant, role, text) => {
      renderIn(locale, <Alert variant={variant}>Saka er oppdatert.</Alert>);
      expect(screen.getByRole(role)).toHaveTextContent(text);
    },
  );

  it('reads the kind as part of its heading', () => {
    renderIn(
      'nn',
      <Alert variant="warning" heading="Fristen er snart ute" headingLevel={3}>
        Send innan fredag.
      </Alert>,
    );
    expect(
      screen.getByRole('heading', { level: 3, name: 'Åtvaring: Fristen er snart ute' }),
    ).toBeInTheDocument();
  });

  it('live="off" has no live role; labels and ref pass through', () => {
    const ref = createRef<HTMLDivElement>();
    renderIn(
      'en',
      <Alert ref={ref} live="off" variant="danger" labels={{ danger: 'Problem:' }} data-testid="a">
        Down
      </Alert>,
    );
    const alert = screen.getByTestId('a');
    expect(ref.current).toBe(alert);
    expect(alert).not.toHaveAttribute('role');
    expect(alert).toHaveTextContent('Problem: Down');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <Alert variant="success" heading="Sendt">
            Takk!
          </Alert>
          <Alert variant="danger">Noe gikk galt.</Alert>
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
