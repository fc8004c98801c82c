import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Heading } from '../heading/Heading.js';
import { Paragraph } from '../paragraph/Paragraph.js';
import { Card, CardLink } from './Card.js';

const meta = {
  title: 'Primitives/CardLink',
  component: CardLink,
  args: { href: '#/saker/ny-barnehage', children: 'Ny barnehage på Tøyen' },
  render: (args) => (
    <div style={{ maxWidth: '24rem' }}>
      <Card>
        <Heading level={3} size="sm">
          <CardLink {...args} />
        </Heading>
        <Paragraph>Bydelen bygde barnehagen sammen med foreldrene.</Paragraph>
      </Card>
    </div>
  ),
} satisfies Meta<typeof CardLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One link, named by the heading, that makes the whole card its target. */
export const InACard: Story = {
  play: async ({ canvasElement }) => {
    const links = within(canvasElement).getAllByRole('link');
    await expect(links).toHaveLength(1);
    await expect(links[0]).toHaveAccessibleName('Ny barnehage på Tøyen');
  },
};

/** An unsafe address (`javascript:`) is refused by `safeUrl`: the title stays, the link goes. */
export const UnsafeHref: Story = {
  args: { href: 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
  },
};
