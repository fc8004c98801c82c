import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Radio } from './Radio.js';
import { RadioGroup } from './RadioGroup.js';

const meta = {
  title: 'Forms/RadioGroup',
  component: RadioGroup,
  args: { legend: 'Hvordan vil du få svar?', name: 'svar', onChange: fn() },
  render: (args) => (
    <RadioGroup {...args}>
      <Radio label="På e-post" value="epost" />
      <Radio label="I posten" value="post" description="Det tar 3–5 virkedager" />
      <Radio label="Jeg vil ikke ha svar" value="ingen" />
    </RadioGroup>
  ),
} satisfies Meta<typeof RadioGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: 'På e-post' })).toHaveFocus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowDown}');
    const post = canvas.getByRole('radio', { name: 'I posten' });
    await expect(post).toHaveFocus();
    await expect(post).toBeChecked();
    await expect(args.onChange).toHaveBeenLastCalledWith('post', expect.anything());
  },
};

export const Preselected: Story = { args: { defaultValue: 'post' } };
export const WithDescription: Story = {
  args: { description: 'Vi svarer på alle forslag innen to uker.' },
};
export const Optional: Story = { args: { optional: true } };
export const Required: Story = { args: { required: true } };
export const WithError: Story = {
  args: { required: true, error: 'Velg hvordan du vil få svar' },
};
export const Disabled: Story = { args: { disabled: true, defaultValue: 'epost' } };
export const LargeLegend: Story = { args: { legendSize: 'lg' } };

export const LongLegendInNarrowContainer: Story = {
  args: {
    legend: 'Hvordan vil du at kommunen skal gi deg beskjed når forslaget ditt er behandlet?',
    error: 'Velg hvordan du vil få svar',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '14rem' }}>
        <Story />
      </div>
    ),
  ],
};
