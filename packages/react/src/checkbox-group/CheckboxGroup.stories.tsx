import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Checkbox } from '../checkbox/Checkbox.js';
import { CheckboxGroup } from './CheckboxGroup.js';

const meta = {
  title: 'Forms/CheckboxGroup',
  component: CheckboxGroup,
  args: {
    legend: 'Hva gjelder forslaget?',
    name: 'tema',
    description: 'Velg alle som passer.',
    onChange: fn(),
  },
  render: (args) => (
    <CheckboxGroup {...args}>
      <Checkbox label="Skole og barnehage" value="skole" />
      <Checkbox label="Helse og omsorg" value="helse" />
      <Checkbox label="Vei og trafikk" value="trafikk" description="Også gang- og sykkelveier" />
      <Checkbox label="Noe annet" value="annet" />
    </CheckboxGroup>
  ),
} satisfies Meta<typeof CheckboxGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(canvas.getAllByRole('checkbox', { checked: true })).toHaveLength(2);
    await expect(args.onChange).toHaveBeenLastCalledWith(['skole', 'trafikk'], expect.anything());
  },
};

export const Preselected: Story = { args: { defaultValue: ['helse', 'annet'] } };
export const Optional: Story = { args: { optional: true } };
export const Required: Story = { args: { required: true } };
export const WithError: Story = { args: { required: true, error: 'Velg minst ett tema' } };
export const Disabled: Story = { args: { disabled: true, defaultValue: ['skole'] } };

export const LongLegendInNarrowContainer: Story = {
  args: {
    legend:
      'Hvilke deler av kommunens tjenester mener du forslaget vil gjøre bedre for innbyggerne?',
    error: 'Velg minst ett tema, eller velg «Noe annet»',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '14rem' }}>
        <Story />
      </div>
    ),
  ],
};
