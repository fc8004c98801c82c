import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextField } from '../text-field/TextField.js';
import { Fieldset } from './Fieldset.js';

const meta = {
  title: 'Forms/Fieldset',
  component: Fieldset,
  args: { legend: 'Adresse' },
  render: (args) => (
    <Fieldset {...args}>
      <TextField label="Gateadresse" autoComplete="street-address" />
      <TextField label="Postnummer" autoComplete="postal-code" inputMode="numeric" width="short" />
      <TextField label="Poststed" autoComplete="address-level2" width="medium" />
    </Fieldset>
  ),
} satisfies Meta<typeof Fieldset>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithDescription: Story = {
  args: { description: 'Adressen der du vil få brev fra kommunen.' },
};
export const Optional: Story = { args: { optional: true } };
export const Required: Story = { args: { required: true } };
export const WithError: Story = { args: { error: 'Skriv inn hele adressen' } };
export const Disabled: Story = { args: { disabled: true } };
export const LargeLegend: Story = { args: { legendSize: 'lg', legend: 'Hvor bor du?' } };

export const LongLegendInNarrowContainer: Story = {
  args: {
    legend: 'Adressen der du vil at kommunen skal sende vedtaket og andre brev om saken',
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
