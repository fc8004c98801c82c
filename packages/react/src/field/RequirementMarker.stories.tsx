import type { Meta, StoryObj } from '@storybook/react-vite';
import { RequirementMarker } from './Field.js';

// The marker the form fields put after their label; use it yourself only in a label you build.
const meta = {
  title: 'Forms/RequirementMarker',
  component: RequirementMarker,
  render: (args) => (
    <span>
      Telefonnummer
      <RequirementMarker {...args} />
    </span>
  ),
} satisfies Meta<typeof RequirementMarker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Optional: Story = { args: { optional: true } };
export const Required: Story = { args: { required: true } };
export const Reworded: Story = {
  args: { optional: true, labels: { optional: '(hvis du vil)' } },
};
