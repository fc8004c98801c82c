import type { Meta, StoryObj } from '@storybook/react-vite';
import { Spinner } from './Spinner.js';

const meta = {
  title: 'Primitives/Spinner',
  component: Spinner,
  args: { label: 'Laster inn saker' },
  argTypes: { size: { control: 'inline-radio', options: ['sm', 'md', 'lg', 'xl'] } },
} satisfies Meta<typeof Spinner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Sizes: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center' }}>
      <Spinner label="Liten" size="sm" />
      <Spinner label="Middels" size="md" />
      <Spinner label="Stor" size="lg" />
      <Spinner label="Ekstra stor" size="xl" />
    </div>
  ),
};

/** Beside text that says the same, the spinner is hidden. */
export const WithText: Story = {
  render: () => (
    <p style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
      <Spinner aria-hidden size="sm" /> Laster inn saker …
    </p>
  ),
};

export const NarrowContainer: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '2rem' }}>
        <Story />
      </div>
    ),
  ],
};
