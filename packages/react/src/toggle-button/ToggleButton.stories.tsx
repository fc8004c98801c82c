import type { Meta, StoryObj } from '@storybook/react-vite';
import { Icon } from '../icon/Icon.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';
import { ToggleButton } from './ToggleButton.js';
import { ToggleGroup } from './ToggleGroup.js';

const meta = {
  title: 'Primitives/ToggleButton',
  component: ToggleButton,
  args: { children: 'Følg saken' },
} satisfies Meta<typeof ToggleButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Off: Story = {};
export const Pressed: Story = { args: { defaultPressed: true } };

/** Quiet buttons with an icon and a count, as the votes on a comment. */
export const Votes: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: '0.5rem' }}>
      <ToggleButton variant="tertiary" size="sm" defaultPressed icon={<Icon name="arrow-up" />}>
        <span>
          <VisuallyHidden>Nyttig</VisuallyHidden> 12
        </span>
      </ToggleButton>
      <ToggleButton variant="tertiary" size="sm" icon={<Icon name="arrow-down" />}>
        <span>
          <VisuallyHidden>Ikke nyttig</VisuallyHidden> 2
        </span>
      </ToggleButton>
    </div>
  ),
};

export const Group: Story = {
  render: () => (
    <ToggleGroup label="Visning" defaultValue="grid">
      <ToggleButton value="grid">Rutenett</ToggleButton>
      <ToggleButton value="list">Liste</ToggleButton>
    </ToggleGroup>
  ),
};
