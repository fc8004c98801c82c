import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../button/Button.js';
import { Alert } from './Alert.js';

const meta = {
  title: 'Primitives/Alert',
  component: Alert,
  args: { children: 'Innspillet ditt er lagret som utkast.' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['info', 'success', 'warning', 'danger'] },
    live: { control: 'inline-radio', options: ['polite', 'assertive', 'off'] },
  },
} satisfies Meta<typeof Alert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = {};
export const Success: Story = {
  args: {
    variant: 'success',
    heading: 'Takk for innspillet',
    children: 'Vi svarer innen to uker.',
  },
};
export const Warning: Story = {
  args: { variant: 'warning', heading: 'Fristen er snart ute', children: 'Send inn før fredag.' },
};
export const Danger: Story = {
  args: { variant: 'danger', children: 'Vi fikk ikke lagret innspillet. Prøv igjen om litt.' },
};
export const Static: Story = {
  args: { live: 'off', children: 'Saken er avsluttet og tar ikke imot flere innspill.' },
};

/** An alert that appears after an action is announced; this one interrupts (role="alert"). */
export const AfterAnAction: Story = {
  render: (args) => {
    const [sent, setSent] = useState(false);
    return (
      <div style={{ display: 'grid', gap: '1rem' }}>
        <div>
          <Button onClick={() => setSent(true)}>Send inn</Button>
        </div>
        {sent ? (
          <Alert {...args} variant="danger">
            Vi fikk ikke sendt innspillet.
          </Alert>
        ) : null}
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button'));
    await expect(canvas.getByRole('alert')).toBeInTheDocument();
  },
};

export const LongTextInNarrowContainer: Story = {
  args: {
    variant: 'warning',
    heading: 'Innovasjonsprosjektkoordineringsgruppa har endret fristen',
    children: 'Fristen for innspill er flyttet til 1. april. Innspill som er sendt, blir med.',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '14rem' }}>
        <Story />
      </div>
    ),
  ],
};
