import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextField } from './TextField.js';

const meta = {
  title: 'Forms/TextField',
  component: TextField,
  args: { label: 'Navn', name: 'navn', autoComplete: 'name' },
  argTypes: {
    type: {
      control: 'select',
      options: ['text', 'email', 'tel', 'url', 'password', 'search', 'number'],
    },
    width: { control: 'inline-radio', options: ['short', 'medium', 'full'] },
  },
} satisfies Meta<typeof TextField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    await userEvent.tab();
    await expect(input).toHaveFocus();
    await userEvent.keyboard('Kari Nordmann');
    await expect(input).toHaveValue('Kari Nordmann');
  },
};

export const WithDescription: Story = {
  args: {
    label: 'Telefonnummer',
    type: 'tel',
    autoComplete: 'tel',
    description: 'Vi ringer bare hvis vi trenger å spørre deg om noe.',
    width: 'medium',
  },
};

export const Optional: Story = {
  args: { label: 'E-post', type: 'email', autoComplete: 'email', optional: true },
};

export const Required: Story = { args: { required: true } };

export const WithError: Story = {
  args: {
    label: 'E-post',
    type: 'email',
    autoComplete: 'email',
    defaultValue: 'kari@',
    description: 'Vi sender kvittering hit.',
    error: 'Skriv inn en e-postadresse på formen navn@eksempel.no',
  },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(
      expect.stringContaining('Skriv inn en e-postadresse'),
    );
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: 'Kari Nordmann' } };

export const Widths: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      <TextField {...args} label="Postnummer" width="short" inputMode="numeric" />
      <TextField {...args} label="Poststed" width="medium" />
      <TextField {...args} label="Adresse" />
    </div>
  ),
};

export const LongLabelInNarrowContainer: Story = {
  args: {
    label: 'Navnet på virksomheten, organisasjonen eller foreningen du representerer',
    description: 'Skriv det offisielle navnet slik det står i Enhetsregisteret.',
    error: 'Skriv inn navnet på virksomheten',
    optional: true,
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '14rem' }}>
        <Story />
      </div>
    ),
  ],
};
