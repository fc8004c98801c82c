import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { withoutNavigation } from '../../../../.storybook/decorators.js';
import { Breadcrumbs } from './Breadcrumbs.js';

const meta = {
  title: 'Primitives/Breadcrumbs',
  component: Breadcrumbs,
  args: {
    items: [
      { label: 'Forside', href: '#/' },
      { label: 'Saker', href: '#/saker' },
      { label: 'Ny barnehage på Tøyen' },
    ],
  },
  // A followed link would navigate the story frame away.
  decorators: [withoutNavigation],
} satisfies Meta<typeof Breadcrumbs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link', { name: 'Forside' })).toHaveFocus();
  },
};

export const Deep: Story = {
  args: {
    items: [
      { label: 'Forside', href: '#/' },
      { label: 'Bydel Gamle Oslo', href: '#/bydel' },
      { label: 'Oppvekst', href: '#/bydel/oppvekst' },
      { label: 'Saker', href: '#/bydel/oppvekst/saker' },
      { label: 'Ny barnehage på Tøyen' },
    ],
  },
};

/** In less than 30 rem only the parent is shown, as a way back up. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '16rem' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Saker' })).toBeVisible();
    await expect(within(canvasElement).getByText('Forside')).not.toBeVisible();
  },
};

export const LongTextInNarrowContainer: Story = {
  args: {
    items: [
      { label: 'Forside', href: '#/' },
      { label: 'Innovasjonsprosjektkoordineringsgruppa', href: '#/gruppa' },
      { label: 'Høring om barnehagebehovet i bydelen' },
    ],
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '12rem' }}>
        <Story />
      </div>
    ),
  ],
};
