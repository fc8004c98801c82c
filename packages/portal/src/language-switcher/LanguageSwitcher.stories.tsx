import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { LanguageSwitcher } from './LanguageSwitcher.js';

const meta = {
  title: 'Portal/LanguageSwitcher',
  component: LanguageSwitcher,
  args: { onChange: fn() },
  // Stands in for the host's router: a followed link would navigate the story frame away.
  decorators: [
    (Story) => (
      // biome-ignore lint/a11y/noStaticElementInteractions: only catches clicks bubbling from links
      // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard activation of a link is a click
      <div
        onClick={(e) => {
          if ((e.target as Element).closest('a')) e.preventDefault();
        }}
      >
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof LanguageSwitcher>;

export default meta;
type Story = StoryObj<typeof meta>;

/** For multi-page sites: real links to this page in the other languages. */
export const Links: Story = {
  args: { hrefFor: (locale) => `#/${locale}/saker/ny-barnehage` },
  play: async ({ canvasElement, args }) => {
    const nav = within(canvasElement).getByRole('navigation');
    const links = within(nav).getAllByRole('link');
    await expect(links).toHaveLength(2);
    for (const link of links) {
      await expect(link).toHaveAttribute('rel', 'alternate');
      await expect(link).toHaveAttribute('hreflang');
    }
    await userEvent.tab();
    await expect(links[0]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onChange).toHaveBeenCalledTimes(1);
  },
};

/** For single-page apps without URLs per language: each option calls `onChange`. */
export const Callback: Story = {
  play: async ({ canvasElement, args }) => {
    const buttons = within(canvasElement).getAllByRole('button');
    await expect(buttons).toHaveLength(2);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(args.onChange).toHaveBeenCalledTimes(1);
  },
};

export const TwoLanguages: Story = {
  args: { locales: ['nb', 'nn'], hrefFor: (locale) => `#/${locale}` },
};

export const NarrowContainer: Story = {
  args: { hrefFor: (locale) => `#/${locale}` },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '10rem' }}>
        <Story />
      </div>
    ),
  ],
};
