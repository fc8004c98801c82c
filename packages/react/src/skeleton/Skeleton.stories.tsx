import type { Meta, StoryObj } from '@storybook/react-vite';
import { Skeleton } from './Skeleton.js';

const meta = {
  title: 'Primitives/Skeleton',
  component: Skeleton,
  argTypes: { variant: { control: 'inline-radio', options: ['text', 'rectangle', 'circle'] } },
} satisfies Meta<typeof Skeleton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Text: Story = { args: { lines: 3 } };
export const Rectangle: Story = { args: { variant: 'rectangle', height: '10rem' } };
export const Circle: Story = { args: { variant: 'circle', width: '3rem' } };

/** A card that is loading: the region is busy, the shapes are silent. */
export const LoadingCard: Story = {
  render: () => (
    <section aria-busy="true" style={{ maxWidth: '20rem', display: 'grid', gap: '0.75rem' }}>
      <Skeleton variant="rectangle" height="8rem" />
      <Skeleton width="60%" height="1.5rem" />
      <Skeleton lines={3} />
    </section>
  ),
};

export const NarrowContainer: Story = {
  args: { lines: 4 },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '8rem' }}>
        <Story />
      </div>
    ),
  ],
};
