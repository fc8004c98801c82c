import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { locales, renderIn } from '../../../../../test/render.js';
import { PageFeedback } from './PageFeedback.js';

const liveText = () => document.querySelector('[data-politeness="polite"]')?.textContent ?? '';

describe('PageFeedback', () => {
  it.each([
    [
      'nb',
      'Var denne siden nyttig?',
      'Ja',
      'Nei',
      'Takk for svaret ditt!',
      'Hva kan vi gjøre bedre?',
      'Ikke skriv personopplysninger',
    ],
    [
      'nn',
      'Var denne sida nyttig?',
      'Ja',
      'Nei',
      'Takk for svaret ditt!',
      'Kva kan vi gjere betre?',
      'Ikkje skriv personopplysningar',
    ],
    [
      'en',
      'Was this page useful?',
      'Yes',
      'No',
      'Thank you for your feedback!',
      'What could we do better?',
      'Do not include personal details',
    ],
  ] as const)(
    'in %s asks, sends the answer at once, announces the thanks and moves focus to the comment step',
    async (locale, question, _yes, no, thanks, more, privacy) => {
      const user = userEvent.setup();
      const onSubmit = vi.fn();
      renderIn(locale, <PageFeedback onSubmit={onSubmit} />);
      const region = screen.getByRole('region', { name: question });
      await user.click(screen.getByRole('button', { name: no }));
      expect(onSubmit).toHaveBeenCalledWith({ useful: 'no' });
      const field = await screen.findByRole('textbox', { name: new RegExp(more) });
      expect(field).toHaveAccessibleDescription(new RegExp(privacy));
      expect(within(region).getByText(thanks).parentElement).toHaveFocus();
      await waitFor(() => expect(liveText()).toBe(thanks));
    },
  );

  it('sends the comment with the answer and shows the thanks with focus on it', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    renderIn('nn', <PageFeedback onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Ja' }));
    await user.type(await screen.findByRole('textbox'), 'Fint med kart');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).toHaveBeenLastCalledWith({ useful: 'yes', comment: 'Fint med kart' });
    const region = screen.getByRole('region');
    expect(
      within(region).getByText('Takk! Vi har fått kommentaren din.').parentElement,
    ).toHaveFocus();
  });

  it('keeps the comment and says so when sending fails', async () => {
    const user = userEvent.setup();
    const onSubmit = vi
      .fn()
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(new Error('nett'));
    renderIn('en', <PageFeedback onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    await user.type(await screen.findByRole('textbox'), 'Clear');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(
      await screen.findByText('We could not send your feedback. Please try again.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox')).toHaveValue('Clear');
  });

  it('retries a failed comment with the text kept, and is busy while it sends', async () => {
    const user = userEvent.setup();
    let release: () => void = () => {};
    const onSubmit = vi
      .fn()
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(new Error('nett'))
      .mockImplementationOnce(() => new Promise<void>((r) => (release = r)));
    renderIn('nb', <PageFeedback onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Ja' }));
    await user.type(await screen.findByRole('textbox'), 'Nyttig 😀');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText('Kommentaren din står fortsatt i feltet.');
    expect(screen.getByRole('textbox')).toHaveValue('Nyttig 😀');
    await user.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(onSubmit).toHaveBeenLastCalledWith({ useful: 'yes', comment: 'Nyttig 😀' });
    expect(screen.getByRole('textbox')).toHaveAttribute('readonly');
    release();
    expect(await screen.findByText('Takk! Vi har fått kommentaren din.')).toBeInTheDocument();
  });

  it('counts an å typed as a plus a combining ring as one character against the comment limit', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    renderIn('en', <PageFeedback onSubmit={onSubmit} commentLimit={3} />);
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    const decomposed = 'a\u030Aa\u030Aa\u030A';
    await user.type(await screen.findByRole('textbox'), decomposed);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).toHaveBeenLastCalledWith({ useful: 'yes', comment: decomposed });
  });

  it('works as plain forms: answer buttons and the send button post useful=yes|no to action', () => {
    const { unmount } = renderIn('nb', <PageFeedback action="/tilbakemelding" />);
    const yes = screen.getByRole('button', { name: 'Ja' });
    expect(yes.closest('form')).toHaveAttribute('method', 'post');
    expect(yes.closest('form')).toHaveAttribute('action', '/tilbakemelding');
    expect(yes).toHaveAttribute('name', 'useful');
    expect(yes).toHaveAttribute('value', 'yes');
    unmount();
    // The server has the answer from the first post: it renders the comment step.
    renderIn('nb', <PageFeedback action="/tilbakemelding" answer="no" />);
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send).toHaveAttribute('value', 'no');
    expect(screen.getByRole('textbox', { name: /Hva kan vi gjøre bedre/ })).toHaveAttribute(
      'name',
      'comment',
    );
  });

  it('has no axe violations in any language, at both steps', async () => {
    const user = userEvent.setup();
    for (const locale of locales) {
      const { unmount } = renderIn(locale, <PageFeedback />);
      expect(await axe()).toHaveNoViolations();
      await user.click(screen.getAllByRole('button')[0] as HTMLElement);
      await screen.findByRole('textbox');
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
