import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { SearchField } from './SearchField.js';

const meta = {
  title: 'Primitives/SearchField',
  component: SearchField,
  args: { onSearch: fn(), onValueChange: fn() },
} satisfies Meta<typeof SearchField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('searchbox');
    await userEvent.click(input);
    await userEvent.keyboard('barnehage{Enter}');
    await expect(args.onSearch).toHaveBeenCalledWith('barnehage');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(input).toHaveValue('');
    await expect(input).toHaveFocus();
  },
};

export const WithValue: Story = { args: { defaultValue: 'barnehage' } };
export const HiddenLabel: Story = { args: { hideLabel: true, placeholder: 'Søk i saker' } };
export const Disabled: Story = { args: { disabled: true, defaultValue: 'barnehage' } };

export const NarrowContainer: Story = {
  args: { defaultValue: 'Innovasjonsprosjektkoordineringsgruppa' },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '16rem' }}>
        <Story />
      </div>
    ),
  ],
};
