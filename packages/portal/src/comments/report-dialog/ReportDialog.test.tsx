import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderIn } from '../../../../../test/render.js';
import { CommentThread } from '../comment-thread/CommentThread.js';
import type { PortalComment } from '../model.js';

// jsdom has no showModal: this stands in for the browser's part only (open and close).
const proto = HTMLDialogElement.prototype as unknown as Record<string, unknown>;
const original = { showModal: proto.showModal, close: proto.close };
beforeAll(() => {
  proto.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterAll(() => {
  Object.assign(proto, original);
});

const comment: PortalComment = {
  id: 'c1',
  author: { name: 'Kari' },
  body: 'Hei',
  createdAt: '2026-11-29T09:00:00Z',
  status: 'published',
};

async function openReport(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name }));
  return screen.getByRole('dialog');
}

describe('ReportDialog', () => {
  it.each([
    ['nb', 'Rapporter', 'Send rapporten', 'Feil: Velg hva som er galt med kommentaren'],
    ['nn', 'Rapporter', 'Send rapporten', 'Feil: Vel kva som er gale med kommentaren'],
    ['en', 'Report', 'Send report', 'Error: Choose what is wrong with the comment'],
  ] as const)(
    'in %s asks for a reason: the required group gets the error with its hidden prefix, and focus',
    async (locale, reportName, send, error) => {
      const user = userEvent.setup();
      const onReport = vi.fn();
      renderIn(locale, <CommentThread comments={[comment]} onReport={onReport} />);
      const dialog = await openReport(user, reportName);
      await user.click(within(dialog).getByRole('button', { name: send }));
      const group = within(dialog).getByRole('radiogroup');
      expect(group).toHaveAttribute('aria-required', 'true');
      expect(group).toHaveAccessibleDescription(error);
      expect(within(group).getAllByRole('radio')[0]).toHaveFocus();
      expect(onReport).not.toHaveBeenCalled();
    },
  );

  it('sends the reason and the trimmed details, closes, and gives focus back to the button', async () => {
    const user = userEvent.setup();
    const onReport = vi.fn();
    renderIn('nb', <CommentThread comments={[comment]} onReport={onReport} />);
    const dialog = await openReport(user, 'Rapporter');
    await user.click(within(dialog).getByRole('radio', { name: 'Handler ikke om saken' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Fortell mer/ }), ' Reklame ');
    await user.click(within(dialog).getByRole('button', { name: 'Send rapporten' }));
    expect(onReport).toHaveBeenCalledWith('c1', { reason: 'off-topic', details: 'Reklame' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('button', { name: 'Rapporter' })).toHaveFocus();
  });

  it('says in an alert that a report failed, and keeps what was chosen', async () => {
    const user = userEvent.setup();
    const onReport = vi.fn().mockRejectedValue(new Error('offline'));
    renderIn('nn', <CommentThread comments={[comment]} onReport={onReport} />);
    const dialog = await openReport(user, 'Rapporter');
    await user.click(within(dialog).getByRole('radio', { name: 'Reklame eller spam' }));
    await user.click(within(dialog).getByRole('button', { name: 'Send rapporten' }));
    const message = await within(dialog).findByText(
      'Rapporten vart ikkje send. Prøv igjen om litt.',
    );
    expect(message.closest('[role="alert"]')).not.toBeNull();
    expect(within(dialog).getByRole('radio', { name: 'Reklame eller spam' })).toBeChecked();
  });

  it("takes the thread's reportLabels: a host's wording reaches the dialog", async () => {
    const user = userEvent.setup();
    renderIn(
      'en',
      <CommentThread
        comments={[comment]}
        onReport={() => {}}
        reportLabels={{ title: 'Flag this post', send: 'Flag it' }}
      />,
    );
    const dialog = await openReport(user, 'Report');
    expect(dialog).toHaveAccessibleName('Flag this post');
    expect(within(dialog).getByRole('button', { name: 'Flag it' })).toBeInTheDocument();
  });
});
