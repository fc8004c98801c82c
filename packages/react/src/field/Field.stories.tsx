import type { Meta, StoryObj } from '@storybook/react-vite';
import type { InputHTMLAttributes } from 'react';
import { expect, within } from 'storybook/test';
import { Field } from './Field.js';
import { useFieldControl } from './useField.js';

// Any control can sit in a Field: it takes the id and aria wiring through useFieldControl.
function DateInput(props: InputHTMLAttributes<HTMLInputElement>) {
  return (
    <input
      type="date"
      style={{ font: 'inherit', padding: '0.5rem', maxWidth: '100%' }}
      {...useFieldControl(props)}
    />
  );
}

const meta = {
  title: 'Forms/Field',
  component: Field,
  args: { label: 'Når var møtet?', children: <DateInput /> },
} satisfies Meta<typeof Field>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CustomControl: Story = {};
export const WithDescription: Story = {
  args: { description: 'Datoen står i innkallingen.' },
};
export const Optional: Story = { args: { optional: true } };
export const Required: Story = { args: { required: true } };
export const WithError: Story = {
  args: { required: true, error: 'Velg datoen for møtet' },
  play: async ({ canvasElement }) => {
    const input = canvasElement.querySelector('input') as HTMLInputElement;
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(within(canvasElement).getByText('Velg datoen for møtet')).toBeVisible();
  },
};
export const Disabled: Story = { args: { disabled: true } };
export const LongLabelInNarrowContainer: Story = {
  args: {
    label: 'Datoen da innbyggermøtet om den nye barnehagen på Haugen ble holdt',
    description: 'Hvis du ikke husker datoen, velg den omtrentlige.',
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
