import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Button } from './Button.js';

const meta = {
  title: 'Primitives/Button',
  component: Button,
  args: { children: 'Send inn', onClick: fn() },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'tertiary', 'danger'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Send inn' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

export const Secondary: Story = { args: { variant: 'secondary', children: 'Lagre utkast' } };
export const Tertiary: Story = { args: { variant: 'tertiary', children: 'Avbryt' } };
export const Danger: Story = { args: { variant: 'danger', children: 'Slett kommentaren' } };

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <Button {...args} size="sm">
        Liten
      </Button>
      <Button {...args} size="md">
        Middels
      </Button>
      <Button {...args} size="lg">
        Stor
      </Button>
    </div>
  ),
};

export const Loading: Story = {
  args: { loading: true, children: 'Sender' },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button');
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

export const Disabled: Story = { args: { disabled: true, children: 'Ikke tilgjengelig' } };

export const IconOnly: Story = {
  args: {
    children: undefined,
    'aria-label': 'Lukk',
    icon: (
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="none">
        <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" />
      </svg>
    ),
  },
};

/** An icon-only button that is busy says so in its name, not only with the spinner. */
export const IconOnlyLoading: Story = {
  args: { ...IconOnly.args, loading: true },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button');
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(button.getAttribute('aria-label')).not.toBe('Lukk');
  },
};

export const LongTextInNarrowContainer: Story = {
  args: {
    children:
      'Send inn forslaget ditt til kommunens innovasjonsavdeling for vurdering av Innovasjonsprosjektkoordineringsgruppa',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '12rem' }}>
        <Story />
      </div>
    ),
  ],
};
