import type { Meta, StoryObj } from '@storybook/react-vite';
import { Paragraph } from '../paragraph/Paragraph.js';
import { Divider } from './Divider.js';

const meta = {
  title: 'Primitives/Divider',
  component: Divider,
  argTypes: { spacing: { control: 'inline-radio', options: ['none', 'sm', 'md', 'lg'] } },
  render: (args) => (
    <div>
      <Paragraph>Innspill til saken</Paragraph>
      <Divider {...args} />
      <Paragraph>Relaterte saker</Paragraph>
    </div>
  ),
} satisfies Meta<typeof Divider>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Strong: Story = { args: { strong: true } };
export const Small: Story = { args: { spacing: 'sm' } };
export const Decorative: Story = { args: { decorative: true } };
export const NarrowContainer: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '8rem' }}>
        <Story />
      </div>
    ),
  ],
};
