import { resources, type SamskapLocale } from '@samskap/i18n';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { announced } from '../../../../../.storybook/live.js';
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

/** "Copy link" copies the address and says so through the live region. */
export const Copied: Story = {
  parameters: { a11yTree: true },
  play: async ({ canvasElement, globals }) => {
    const s = resources[(globals.locale as SamskapLocale) ?? 'nb'].shareLinks;
    const clipboard = navigator.clipboard;
    const original = clipboard?.writeText;
    // A test browser may not grant the clipboard; the story is about what the reader hears.
    if (clipboard) clipboard.writeText = () => Promise.resolve();
    try {
      await userEvent.click(within(canvasElement).getByRole('button', { name: s.copy }));
      await announced(s.copied);
    } finally {
      if (clipboard && original) clipboard.writeText = original;
    }
  },
};

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
