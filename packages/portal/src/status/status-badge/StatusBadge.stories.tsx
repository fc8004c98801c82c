import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { innovationStages } from '../../cases/types.js';
import { ideaStatuses } from '../model.js';
import { StatusBadge } from './StatusBadge.js';

const meta = {
  title: 'Portal/Status/StatusBadge',
  component: StatusBadge,
  args: { status: 'under-evaluation' },
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Every status an idea can have, each told in words; the colour only groups them. */
export const IdeaStatuses: Story = {
  render: (args) => (
    <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', padding: 0, listStyle: 'none' }}>
      {ideaStatuses.map((status) => (
        <li key={status}>
          <StatusBadge {...args} status={status} />
        </li>
      ))}
    </ul>
  ),
};

/** The six innovation stages of a case, read as "Fase: …" by screen readers. */
export const InnovationStages: Story = {
  render: (args) => (
    <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', padding: 0, listStyle: 'none' }}>
      {innovationStages.map((stage) => (
        <li key={stage}>
          <StatusBadge {...args} status={stage} />
        </li>
      ))}
    </ul>
  ),
};

/** A status Samskap does not know (here `"on-hold"` from a CMS) is shown as unknown, never as a raw key. */
export const UnknownStatus: Story = {
  args: { status: 'on-hold' },
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector('[data-status]');
    await expect(badge).toHaveAttribute('data-status', 'unknown');
    await expect(within(canvasElement).queryByText('on-hold')).toBeNull();
  },
};
