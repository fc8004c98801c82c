import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../button/Button.js';
import { Paragraph } from '../paragraph/Paragraph.js';
import { Dialog, type DialogProps } from './Dialog.js';

function WithOpener({
  opener = 'Slett kommentaren',
  ...args
}: Omit<DialogProps, 'open'> & { opener?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{opener}</Button>
      <Dialog
        {...args}
        open={open}
        onClose={() => {
          args.onClose();
          setOpen(false);
        }}
      />
    </>
  );
}

const meta = {
  title: 'Primitives/Dialog',
  component: Dialog,
  args: {
    open: false,
    onClose: fn(),
    heading: 'Vil du slette kommentaren?',
    children: <Paragraph>Kommentaren blir borte for godt, og du kan ikke angre.</Paragraph>,
  },
  argTypes: { size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] } },
  render: (args) => <WithOpener {...args} />,
} satisfies Meta<typeof Dialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const opener = canvas.getByRole('button', { name: 'Slett kommentaren' });
    await userEvent.click(opener);
    const dialog = within(document.body).getByRole('dialog');
    await expect(dialog).toHaveAttribute('open');
    await expect(dialog.contains(document.activeElement)).toBe(true);
    // The real browser's Escape, not a stand-in.
    await userEvent.keyboard('{Escape}');
    await expect(args.onClose).toHaveBeenCalled();
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    await expect(opener).toHaveFocus();
  },
};

export const WithActions: Story = {
  render: (args) => {
    const [open, setOpen] = useState(false);
    return (
      <>
        <Button variant="danger" onClick={() => setOpen(true)}>
          Slett kommentaren
        </Button>
        <Dialog
          {...args}
          open={open}
          onClose={() => setOpen(false)}
          footer={
            <>
              <Button variant="secondary" onClick={() => setOpen(false)}>
                Avbryt
              </Button>
              <Button variant="danger" onClick={() => setOpen(false)}>
                Slett
              </Button>
            </>
          }
        />
      </>
    );
  },
  play: async ({ canvasElement }) => {
    const opener = within(canvasElement).getByRole('button');
    await userEvent.click(opener);
    const dialog = within(document.body).getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await expect(opener).toHaveFocus();
  },
};

/** Shown open from the start, so the docs page and the a11y check see the content. */
export const Open: Story = {
  args: { open: true },
  render: (args) => <Dialog {...args} />,
};

export const Small: Story = {
  args: { open: true, size: 'sm' },
  render: (args) => <Dialog {...args} />,
};

export const CloseOnBackdropClick: Story = { args: { closeOnBackdropClick: true } };

export const LongContent: Story = {
  args: {
    open: true,
    heading: 'Vilkår for å delta i Innovasjonsprosjektkoordineringsgruppa sin høring',
    children: (
      <>
        {Array.from({ length: 12 }, (_, n) => n + 1).map((n) => (
          <Paragraph key={n}>
            Avsnitt {n}: Kommunen samler inn innspill for å forbedre tjenestene. Innspillene blir
            lagret i to år og brukt anonymt i rapporter.
          </Paragraph>
        ))}
      </>
    ),
  },
  render: (args) => <Dialog {...args} />,
};
