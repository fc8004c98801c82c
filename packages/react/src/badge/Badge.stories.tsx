import type { Meta, StoryObj } from '@storybook/react-vite';
import { Badge, type BadgeColor } from './Badge.js';

const colors: BadgeColor[] = ['neutral', 'accent', 'info', 'success', 'warning', 'danger'];

const meta = {
  title: 'Primitives/Badge',
  component: Badge,
  args: { children: 'Under arbeid' },
  argTypes: {
    color: { control: 'inline-radio', options: colors },
    variant: { control: 'inline-radio', options: ['subtle', 'strong'] },
    size: { control: 'inline-radio', options: ['sm', 'md'] },
  },
} satisfies Meta<typeof Badge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Subtle: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
      {colors.map((color) => (
        <Badge key={color} {...args} color={color}>
          {color}
        </Badge>
      ))}
    </div>
  ),
};

export const Strong: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
      {colors.map((color) => (
        <Badge key={color} {...args} variant="strong" color={color}>
          {color}
        </Badge>
      ))}
    </div>
  ),
};

export const Small: Story = { args: { size: 'sm', children: '12' } };

export const LongTextInNarrowContainer: Story = {
  args: { children: 'Venter på svar fra Innovasjonsprosjektkoordineringsgruppa' },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '10rem' }}>
        <Story />
      </div>
    ),
  ],
};
