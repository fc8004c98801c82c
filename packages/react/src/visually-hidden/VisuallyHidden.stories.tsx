import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from '../button/Button.js';
import { VisuallyHidden } from './VisuallyHidden.js';

const meta = {
  title: 'Primitives/VisuallyHidden',
  component: VisuallyHidden,
} satisfies Meta<typeof VisuallyHidden>;

export default meta;
type Story = StoryObj<typeof meta>;

/** "Les mer" is clear on screen next to its case; the hidden part makes it clear in a list of links. */
export const InALink: Story = {
  render: () => (
    <a href="#saker/ny-barnehage">
      Les mer <VisuallyHidden>om Ny barnehage på Tøyen</VisuallyHidden>
    </a>
  ),
};

/** `focusable`: hidden until it (or something in it) has focus, as a skip link is. */
export const Focusable: Story = {
  render: () => (
    <VisuallyHidden focusable>
      <Button variant="secondary">Hopp til filtrene</Button>
    </VisuallyHidden>
  ),
};
