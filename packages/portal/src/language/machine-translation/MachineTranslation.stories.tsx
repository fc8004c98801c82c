import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { MachineTranslation, type TranslateFn } from './MachineTranslation.js';

// A stand-in for the host's service: swaps a few nynorsk words for bokmål.
const demoTranslate: TranslateFn = async (text) =>
  text
    .replace(/frå/g, 'fra')
    .replace(/korleis/g, 'hvordan')
    .replace(/kva/g, 'hva');

const meta = {
  title: 'Portal/Language/MachineTranslation',
  component: MachineTranslation,
  args: {
    text: 'Kommunen vil høre frå deg om korleis den nye barnehagen skal sjå ut.\n\nSei kva du meiner før 1. mars.',
    from: 'nn',
    to: 'nb',
    translate: demoTranslate,
  },
} satisfies Meta<typeof MachineTranslation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nynorsk content, with the offer to show it in bokmål. */
export const Original: Story = {};

/** The translation failed: the original stays, with a polite notice. */
export const Failed: Story = {
  args: { translate: () => Promise.reject(new Error('unavailable')) },
  play: async ({ canvasElement }) => {
    await userEvent.click(canvasElement.querySelector('button') as HTMLButtonElement);
    await expect(await within(canvasElement).findByRole('status')).toBeVisible();
  },
};
