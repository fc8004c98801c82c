import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Radio } from './Radio.js';
import { RadioGroup } from './RadioGroup.js';

// A Radio lives in a RadioGroup, which gives it its name and checked state.
const meta = {
  title: 'Forms/Radio',
  component: Radio,
  args: { label: 'I posten', value: 'post', description: 'Det tar 3–5 virkedager' },
  render: (args) => (
    <RadioGroup legend="Hvordan vil du få svar?" name="svar-radio" defaultValue="epost">
      <Radio label="På e-post" value="epost" />
      <Radio {...args} />
    </RadioGroup>
  ),
} satisfies Meta<typeof Radio>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The description is read with the option's name; choosing it with a click or Space checks it. */
export const WithDescription: Story = {
  play: async ({ canvasElement }) => {
    const option = within(canvasElement).getByRole('radio', { name: 'I posten' });
    await userEvent.click(option);
    await expect(option).toBeChecked();
  },
};

export const Disabled: Story = { args: { disabled: true, description: undefined } };
