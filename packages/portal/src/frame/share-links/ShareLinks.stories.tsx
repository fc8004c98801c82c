import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { ShareLinks } from './ShareLinks.js';

const meta = {
  title: 'Portal/Frame/ShareLinks',
  component: ShareLinks,
  decorators: [withoutNavigation],
  args: {
    url: 'https://samskap.example/saker/ny-barnehage',
    title: 'Ny barnehage på Nordnes',
    links: [{ label: 'Intranett', href: 'https://intranett.example/del?u=ny-barnehage' }],
  },
} satisfies Meta<typeof ShareLinks>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Email, one agency link, and "copy link". */
export const Default: Story = {};

/** The clipboard refused: the address, selected in a read-only field. */
export const ClipboardRefused: Story = {
  play: async ({ canvasElement }) => {
    const original = navigator.clipboard?.writeText;
    if (navigator.clipboard) {
      navigator.clipboard.writeText = () => Promise.reject(new Error('refused'));
    }
    await userEvent.click(canvasElement.querySelector('button') as HTMLButtonElement);
    await expect(document.activeElement?.getAttribute('readonly')).not.toBeNull();
    if (navigator.clipboard && original) navigator.clipboard.writeText = original;
  },
};
