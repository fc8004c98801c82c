import type { Meta, StoryObj } from '@storybook/react-vite';
import { PullQuote } from './PullQuote.js';

const meta = {
  title: 'Portal/Articles/PullQuote',
  component: PullQuote,
  args: {
    quote: 'Vi spurte dem som ikke tok bussen. Det var de som visste hva som var galt.',
    source: 'Kari Nordvik',
    sourceRole: 'prosjektleder i Bodø kommune',
    language: 'nb',
  },
} satisfies Meta<typeof PullQuote>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** A quote without a named source. */
export const Unattributed: Story = { args: { source: undefined, sourceRole: undefined } };
