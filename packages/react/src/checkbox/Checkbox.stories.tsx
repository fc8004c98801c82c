import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Checkbox } from './Checkbox.js';

const meta = {
  title: 'Forms/Checkbox',
  component: Checkbox,
  args: { label: 'Send meg e-post når noen svarer', name: 'varsel', onChange: fn() },
} satisfies Meta<typeof Checkbox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const box = within(canvasElement).getByRole('checkbox');
    await userEvent.tab();
    await expect(box).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(box).toBeChecked();
    await expect(args.onChange).toHaveBeenCalledTimes(1);
  },
};

export const Checked: Story = { args: { defaultChecked: true } };

export const WithDescription: Story = {
  args: { description: 'Vi sender høyst én e-post om dagen.' },
};

export const RequiredWithError: Story = {
  args: {
    label: 'Jeg har lest og godtar retningslinjene for kommentarer',
    name: 'vilkar',
    required: true,
    error: 'Du må godta retningslinjene for å sende kommentaren',
  },
};

export const Disabled: Story = { args: { disabled: true } };
export const DisabledChecked: Story = { args: { disabled: true, defaultChecked: true } };

export const LongLabelInNarrowContainer: Story = {
  args: {
    label:
      'Jeg samtykker i at kommunen kan kontakte meg for å spørre om forslaget, og at navnet mitt vises sammen med det',
    description: 'Du kan trekke samtykket når som helst.',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '14rem' }}>
        <Story />
      </div>
    ),
  ],
};
