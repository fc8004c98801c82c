import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Tag } from './Tag.js';

const meta = {
  title: 'Primitives/Tag',
  component: Tag,
  args: { children: 'Barnehage' },
} satisfies Meta<typeof Tag>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Removable: Story = {
  args: { onRemove: fn() },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button');
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onRemove).toHaveBeenCalledTimes(1);
  },
};

export const Disabled: Story = { args: { onRemove: fn(), disabled: true } };

/** Removing a tag moves focus to the next one, so keyboard users do not lose their place. */
export const FilterList: Story = {
  render: () => {
    const [tags, setTags] = useState(['Barnehage', 'Klima', 'Samferdsel', 'Helse']);
    return (
      <ul style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', padding: 0, margin: 0 }}>
        {tags.map((tag, index) => (
          <li key={tag} style={{ listStyle: 'none' }}>
            <Tag
              onRemove={() => {
                const next = tags.filter((t) => t !== tag);
                setTags(next);
                requestAnimationFrame(() => {
                  const buttons = document.querySelectorAll<HTMLButtonElement>('ul button');
                  buttons[Math.min(index, buttons.length - 1)]?.focus();
                });
              }}
            >
              {tag}
            </Tag>
          </li>
        ))}
      </ul>
    );
  },
};

export const LongTextInNarrowContainer: Story = {
  args: {
    onRemove: fn(),
    children: 'Innovasjonsprosjektkoordineringsgruppa for helse og omsorg',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '10rem' }}>
        <Story />
      </div>
    ),
  ],
};
