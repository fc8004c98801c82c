import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../button/Button.js';
import { announce, type Politeness } from './announce.js';

function AnnounceDemo({ message, politeness }: { message: string; politeness: Politeness }) {
  return (
    <Button variant="secondary" onClick={() => announce(message, { politeness })}>
      {message}
    </Button>
  );
}

/**
 * `announce(message, { politeness })` has screen readers read a message through one live-region
 * host at the end of the page, shared by every component. The host is created on first use,
 * never at import, so it is safe in server rendering.
 */
const meta = {
  title: 'Utilities/announce',
  component: AnnounceDemo,
  args: { message: 'Kommentaren er lagret', politeness: 'polite' },
  argTypes: { politeness: { control: 'inline-radio', options: ['polite', 'assertive'] } },
} satisfies Meta<typeof AnnounceDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Polite: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button'));
    const status = within(document.body).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Kommentaren er lagret'));
  },
};

export const Assertive: Story = {
  args: { message: 'Økten din utløper om ett minutt', politeness: 'assertive' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button'));
    const alert = within(document.body).getByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('Økten din utløper om ett minutt'));
  },
};
