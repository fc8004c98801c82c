import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SkipLink } from './SkipLink.js';

const meta = {
  title: 'Primitives/SkipLink',
  component: SkipLink,
  render: (args) => (
    <div style={{ position: 'relative', paddingTop: '4rem' }}>
      <SkipLink {...args} />
      <nav aria-label="Meny">
        <a href="#/">Forside</a>
      </nav>
      <main id="main">
        <h1>Saker</h1>
        <p>Tab once to see the skip link.</p>
      </main>
    </div>
  ),
} satisfies Meta<typeof SkipLink>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const link = canvas.getAllByRole('link')[0];
    await expect(link).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('main')).toHaveFocus();
  },
};

export const CustomText: Story = { args: { children: 'Hopp til søket', href: '#main' } };
