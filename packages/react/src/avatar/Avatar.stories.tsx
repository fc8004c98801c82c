import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Avatar } from './Avatar.js';

// A picture drawn in place, so the story needs no network.
const picture = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#7a9"/><circle cx="20" cy="16" r="7" fill="#fff"/><rect x="9" y="26" width="22" height="14" rx="7" fill="#fff"/></svg>',
)}`;

const meta = {
  title: 'Primitives/Avatar',
  component: Avatar,
  args: { name: 'Kari Nordmann' },
  argTypes: { size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] } },
} satisfies Meta<typeof Avatar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Initials: Story = {
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('img', { name: 'Kari Nordmann' }),
    ).toHaveTextContent('KN');
  },
};

/**
 * `safeUrl` refuses `data:` URLs, so a picture from data must be http(s) or relative. This one
 * is a `data:` URL and so falls back to initials, on purpose.
 */
export const RefusedPicture: Story = { args: { src: picture } };

export const BrokenPicture: Story = { args: { src: '/finnes-ikke.jpg', name: 'Ola Nordmann' } };

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
      <Avatar {...args} size="sm" />
      <Avatar {...args} size="md" />
      <Avatar {...args} size="lg" />
    </div>
  ),
};

export const Colours: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
      {['Kari Nordmann', 'Ola Hansen', 'Åse Øvrebø', 'Per Berg', 'Lise Lie', 'Bydel Frogner'].map(
        (name) => (
          <Avatar key={name} name={name} />
        ),
      )}
    </div>
  ),
};

/** Beside a written name, the avatar is decorative, so the name is read once. */
export const Decorative: Story = {
  render: (args) => (
    <p style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
      <Avatar {...args} decorative /> {args.name}
    </p>
  ),
};

export const LongNameInNarrowContainer: Story = {
  args: { name: 'Innovasjonsprosjektkoordineringsgruppa i Bydel Gamle Oslo' },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '3rem' }}>
        <Story />
      </div>
    ),
  ],
};
