import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { withoutNavigation } from '../../../../.storybook/decorators.js';
import { Link } from './Link.js';

const meta = {
  title: 'Primitives/Link',
  component: Link,
  args: { href: '#/saker/ny-barnehage', children: 'Les om den nye barnehagen' },
  argTypes: { color: { control: 'inline-radio', options: ['accent', 'neutral'] } },
  // A followed link would navigate the story frame away.
  decorators: [withoutNavigation],
} satisfies Meta<typeof Link>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link')).toHaveFocus();
  },
};

export const Neutral: Story = { args: { color: 'neutral' } };

export const NewTab: Story = {
  args: { href: 'https://www.regjeringen.no', target: '_blank', children: 'Regjeringen.no' },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

/** A link someone wrote in a comment: `rel="nofollow ugc noopener"`. */
export const UserContent: Story = {
  args: { ugc: true, href: 'https://example.org/mitt-forslag', children: 'forslaget mitt' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveAttribute(
      'rel',
      'nofollow ugc noopener',
    );
  },
};

export const InRunningText: Story = {
  render: (args) => (
    <p style={{ maxWidth: '40rem' }}>
      Kommunen vil bygge en ny barnehage på Tøyen. <Link {...args} /> før du sender inn innspillet
      ditt.
    </p>
  ),
};

/** A `javascript:` URL is dropped by `safeUrl`: the text stays, the link goes. */
export const UnsafeHref: Story = {
  args: { href: 'javascript:alert(1)', children: 'Ikke en lenke' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
  },
};

export const LongTextInNarrowContainer: Story = {
  args: {
    href: 'https://www.example.org/innovasjonsprosjektkoordineringsgruppa',
    target: '_blank',
    children: 'Innovasjonsprosjektkoordineringsgruppa sin rapport om barnehagebehov',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '10rem' }}>
        <Story />
      </div>
    ),
  ],
};
