import type { Meta, StoryObj } from '@storybook/react-vite';
import { CaseCardSkeleton } from './CaseCardSkeleton.js';

const meta = {
  title: 'Portal/CaseCardSkeleton',
  component: CaseCardSkeleton,
  argTypes: {
    variant: { control: 'inline-radio', options: ['default', 'horizontal', 'compact'] },
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '22rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof CaseCardSkeleton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** In the shape of a case card; says "loading" to screen readers, once. */
export const Default: Story = {};
/** One of several in a list that announces its loading itself (`CaseList` does). */
export const SilentCompact: Story = { args: { variant: 'compact', silent: true } };
