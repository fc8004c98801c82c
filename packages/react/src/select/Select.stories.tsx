import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Select } from './Select.js';

const meta = {
  title: 'Forms/Select',
  component: Select,
  args: {
    label: 'Kommune',
    name: 'kommune',
    placeholder: 'Velg kommune',
    children: (
      <>
        <option value="0301">Oslo</option>
        <option value="4601">Bergen</option>
        <option value="5001">Trondheim</option>
        <option value="1103">Stavanger</option>
        <option value="5401">Tromsø</option>
      </>
    ),
  },
} satisfies Meta<typeof Select>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole('combobox');
    await userEvent.tab();
    await expect(select).toHaveFocus();
    await userEvent.selectOptions(select, 'Trondheim');
    await expect(select).toHaveValue('5001');
  },
};

export const WithDescription: Story = {
  args: { description: 'Kommunen der du er folkeregistrert.' },
};
export const Optional: Story = { args: { optional: true } };
export const Required: Story = { args: { required: true } };
export const WithError: Story = { args: { required: true, error: 'Velg kommunen der du bor' } };
export const Disabled: Story = { args: { disabled: true, defaultValue: '4601' } };

export const Grouped: Story = {
  args: {
    label: 'Fylke og kommune',
    children: (
      <>
        <optgroup label="Vestland">
          <option value="4601">Bergen</option>
          <option value="4626">Øygarden</option>
        </optgroup>
        <optgroup label="Trøndelag">
          <option value="5001">Trondheim</option>
        </optgroup>
      </>
    ),
  },
};

export const LongLabelInNarrowContainer: Story = {
  args: {
    label: 'Kommunen eller bydelen der forslaget ditt skal gjennomføres',
    placeholder: 'Velg kommunen eller bydelen der forslaget hører hjemme',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '14rem' }}>
        <Story />
      </div>
    ),
  ],
};
