import type { Meta, StoryObj } from '@storybook/react-vite';
import { Icon, iconNames } from './Icon.js';

const meta = {
  title: 'Primitives/Icon',
  component: Icon,
  args: { name: 'chevron-right' },
  argTypes: { name: { control: 'select', options: iconNames } },
  render: (args) => <Icon {...args} width={24} height={24} />,
} satisfies Meta<typeof Icon>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The whole set. Each icon is decorative: the words beside it carry the meaning. */
export const AllIcons: Story = {
  render: () => (
    <ul
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))',
        gap: '1rem',
        listStyle: 'none',
        padding: 0,
      }}
    >
      {iconNames.map((name) => (
        <li key={name} style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
          <Icon name={name} width={24} height={24} />
          <code>{name}</code>
        </li>
      ))}
    </ul>
  ),
};
