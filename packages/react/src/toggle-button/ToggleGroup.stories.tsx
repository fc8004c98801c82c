import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ToggleButton } from './ToggleButton.js';
import { ToggleGroup } from './ToggleGroup.js';

const meta = {
  title: 'Primitives/ToggleGroup',
  component: ToggleGroup,
  args: {
    label: 'Visning',
    defaultValue: 'grid',
    onChange: fn(),
    children: [
      <ToggleButton key="grid" value="grid">
        Rutenett
      </ToggleButton>,
      <ToggleButton key="list" value="list">
        Liste
      </ToggleButton>,
    ],
  },
} satisfies Meta<typeof ToggleGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One button is pressed at a time; pressing the other moves the choice and reports it. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Liste' }));
    await expect(canvas.getByRole('button', { name: 'Liste' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(canvas.getByRole('button', { name: 'Rutenett' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(args.onChange).toHaveBeenLastCalledWith('list');
  },
};
