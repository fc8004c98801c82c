import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { locales, renderIn } from '../../../../../test/render.js';
import { MachineTranslation, type TranslateFn } from './MachineTranslation.js';

const original = 'Kommunen vil høre frå deg.';
const toBokmal: TranslateFn = async (text) => text.replace('frå', 'fra');

describe('MachineTranslation', () => {
  it.each([
    ['nb', 'Vis maskinoversatt til bokmål', 'Maskinoversatt fra nynorsk.', 'Vis originalen'],
    ['nn', 'Vis maskinomsett til bokmål', 'Maskinomsett frå nynorsk.', 'Vis originalen'],
    [
      'en',
      'Show machine translation into Norwegian Bokmål',
      'Machine-translated from Norwegian Nynorsk.',
      'Show the original',
    ],
  ] as const)(
    'in %s translates on request, says so in words, sets lang and keeps the original one click away',
    async (locale, translate, notice, back) => {
      const user = userEvent.setup();
      renderIn(
        locale,
        <MachineTranslation text={original} from="nn" to="nb" translate={toBokmal} />,
      );
      expect(screen.getByText(original).parentElement).toHaveAttribute('lang', 'nn-NO');
      await user.click(screen.getByRole('button', { name: translate }));
      const result = await screen.findByText('Kommunen vil høre fra deg.');
      expect(result.parentElement).toHaveAttribute('lang', 'nb-NO');
      expect(screen.getByText(notice, { exact: false })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: back }));
      expect(screen.getByText(original).parentElement).toHaveAttribute('lang', 'nn-NO');
    },
  );

  it('falls back to the original with a polite notice when translation fails', async () => {
    const user = userEvent.setup();
    const failing: TranslateFn = () => Promise.reject(new Error('503'));
    renderIn('nn', <MachineTranslation text={original} from="nn" to="nb" translate={failing} />);
    await user.click(screen.getByRole('button', { name: 'Vis maskinomsett til bokmål' }));
    const notice = await screen.findByText('Vi fekk ikkje omsett teksten. Du ser originalen.');
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(screen.getByText(original).parentElement).toHaveAttribute('lang', 'nn-NO');
  });

  it('gives up after the timeout and aborts the request', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const slow: TranslateFn = (_t, _f, _to, options) => {
      signal = options.signal;
      return new Promise(() => {});
    };
    renderIn(
      'en',
      <MachineTranslation text={original} from="nn" to="nb" translate={slow} timeout={3000} />,
    );
    act(() => screen.getByRole('button').click());
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    expect(
      screen.getByText('We could not translate the text. You are seeing the original.'),
    ).toBeInTheDocument();
    expect(signal?.aborted).toBe(true);
  });

  it('never shows a late result for content that has since changed', async () => {
    const user = userEvent.setup();
    let resolve: (value: string) => void = () => {};
    const pending: TranslateFn = () => new Promise((r) => (resolve = r));
    const { rerender } = renderIn(
      'nb',
      <MachineTranslation text="Gammal tekst." from="nn" to="nb" translate={pending} />,
    );
    await user.click(screen.getByRole('button'));
    rerender(<MachineTranslation text="Ny tekst." from="nn" to="nb" translate={pending} />);
    await act(async () => resolve('Gammel tekst.'));
    expect(screen.queryByText('Gammel tekst.')).toBeNull();
    expect(screen.getByText('Ny tekst.').parentElement).toHaveAttribute('lang', 'nn-NO');
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <MachineTranslation text={original} from="nn" to="nb" translate={toBokmal} />
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
