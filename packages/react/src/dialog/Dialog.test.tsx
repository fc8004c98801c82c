import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { announce } from '../announce/announce.js';
import { Button } from '../button/Button.js';
import { Dialog } from './Dialog.js';

// jsdom has no showModal. This stands in for the browser's part only: open (moving focus to the
// first control, as showModal does) and close. Focus return, naming and Escape are the
// component's.
const proto = HTMLDialogElement.prototype as unknown as Record<string, unknown>;
const original = { showModal: proto.showModal, close: proto.close };
beforeAll(() => {
  proto.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
    this.querySelector<HTMLElement>('button, a[href], input, textarea, select')?.focus();
  };
  proto.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});
afterAll(() => {
  Object.assign(proto, original);
});

function Example({ onClose = () => {} }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <Button onClick={() => setOpen(true)}>Slett kommentaren</Button>
      <Dialog
        open={open}
        onClose={() => {
          onClose();
          setOpen(false);
        }}
        heading="Vil du slette kommentaren?"
        footer={
          <Button variant="danger" onClick={() => setOpen(false)}>
            Slett
          </Button>
        }
      >
        <p>Du kan ikke angre.</p>
      </Dialog>
    </main>
  );
}

describe('Dialog', () => {
  it.each([
    ['nb', 'Lukk'],
    ['nn', 'Lukk'],
    ['en', 'Close'],
  ] as const)(
    'in %s opens named by its heading, focus moves in, and "%s" closes it and returns focus',
    async (locale, close) => {
      const user = userEvent.setup();
      const onClose = vi.fn();
      renderIn(locale, <Example onClose={onClose} />);
      const opener = screen.getByRole('button', { name: 'Slett kommentaren' });
      await user.click(opener);
      const dialog = screen.getByRole('dialog', { name: 'Vil du slette kommentaren?' });
      expect(dialog).toHaveAttribute('open');
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
      expect(
        screen.getByRole('heading', { level: 2, name: 'Vil du slette kommentaren?' }),
      ).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: close }));
      expect(onClose).toHaveBeenCalledTimes(1);
      expect(dialog).not.toHaveAttribute('open');
      expect(opener).toHaveFocus();
    },
  );

  it('closes on Escape and gives focus back to the opener', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderIn('nb', <Example onClose={onClose} />);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog')).toHaveAttribute('open');
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Slett kommentaren' })).toHaveFocus();
  });

  it("asks to close on the browser's cancel event (a close request other than Escape)", () => {
    const onClose = vi.fn();
    renderIn(
      'nb',
      <Dialog open onClose={onClose} heading="Info">
        x
      </Dialog>,
    );
    const cancel = new Event('cancel', { cancelable: true });
    screen.getByRole('dialog').dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('leaves Escape alone when a control inside has used it', () => {
    const onClose = vi.fn();
    renderIn(
      'nb',
      <Dialog open onClose={onClose} heading="Info">
        <input
          aria-label="Søk"
          onKeyDown={(e) => {
            if (e.key === 'Escape') e.preventDefault();
          }}
        />
      </Dialog>,
    );
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
  });

  it('returns focus when closed by an action in the footer', async () => {
    const user = userEvent.setup();
    renderIn('en', <Example />);
    const opener = screen.getByRole('button', { name: 'Slett kommentaren' });
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Slett' }));
    expect(opener).toHaveFocus();
  });

  it('focuses the dialog itself when the browser does not move focus in', () => {
    const showModal = proto.showModal;
    proto.showModal = function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    try {
      renderIn(
        'nn',
        <Dialog open onClose={() => {}} heading="Info">
          Tekst
        </Dialog>,
      );
      expect(screen.getByRole('dialog', { name: 'Info' })).toHaveFocus();
    } finally {
      proto.showModal = showModal;
    }
  });

  it('closes on a backdrop click only when asked to', () => {
    const onClose = vi.fn();
    const { rerender } = renderIn(
      'nb',
      <Dialog open onClose={onClose} heading="Info">
        <p>Tekst</p>
      </Dialog>,
    );
    fireEvent.click(screen.getByRole('dialog'));
    fireEvent.click(screen.getByText('Tekst'));
    expect(onClose).not.toHaveBeenCalled();
    rerender(
      <Dialog open onClose={onClose} heading="Info" closeOnBackdropClick>
        <p>Tekst</p>
      </Dialog>,
    );
    fireEvent.click(screen.getByText('Tekst'));
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('dialog'));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('reports a close by the browser (form method=dialog) and forwards its ref', () => {
    const onClose = vi.fn();
    const ref = createRef<HTMLDialogElement>();
    renderIn(
      'en',
      <Dialog ref={ref} open onClose={onClose} heading="Info" labels={{ close: 'Shut' }}>
        x
      </Dialog>,
    );
    expect(screen.getByRole('button', { name: 'Shut' })).toBeInTheDocument();
    act(() => ref.current?.close());
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <Dialog open onClose={() => {}} heading="Info" footer={<Button>OK</Button>}>
            <p>Tekst</p>
          </Dialog>
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });

  it('locks page scroll while open and gives the page its scroll back when it closes', async () => {
    const user = userEvent.setup();
    renderIn('nb', <Example />);
    expect(document.documentElement.style.overflow).toBe('');
    await user.click(screen.getByRole('button', { name: 'Slett kommentaren' }));
    expect(document.documentElement.style.overflow).toBe('hidden');
    await user.keyboard('{Escape}');
    expect(document.documentElement.style.overflow).toBe('');
  });

  it('unlocks page scroll when it is unmounted while open', () => {
    const { unmount } = renderIn(
      'nb',
      <Dialog open onClose={() => {}} heading="Info">
        x
      </Dialog>,
    );
    expect(document.documentElement.style.overflow).toBe('hidden');
    unmount();
    expect(document.documentElement.style.overflow).toBe('');
  });

  it('reads announcements made while it is open from a live region inside it', async () => {
    renderIn(
      'nb',
      <Dialog open onClose={() => {}} heading="Rapporter kommentaren">
        x
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog');
    act(() => announce('Rapporten er sendt'));
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent('Rapporten er sendt'),
    );
  });
});
