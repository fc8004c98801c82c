import { TextField, useLabels } from '@samskap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Honeypot } from './FormParts.js';

// Words from the comment form's strings, so the story reads right in every language.
const keys = { trap: 'comments.form.honeypot', name: 'comments.form.name' } as const;

const meta = {
  title: 'Portal/Forms/Honeypot',
  component: Honeypot,
  args: { id: 'story-trap', label: '', value: '', onChange: fn() },
  render: function Render(args) {
    const label = useLabels(keys);
    const [value, setValue] = useState(args.value);
    return (
      <form style={{ position: 'relative' }}>
        <TextField label={label('name')} />
        <Honeypot
          {...args}
          label={label('trap')}
          value={value}
          onChange={(v) => {
            setValue(v);
            args.onChange(v);
          }}
        />
      </form>
    );
  },
} satisfies Meta<typeof Honeypot>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing to see: the trap is off screen, hidden from screen readers and out of the Tab order. */
export const InAForm: Story = {
  play: async ({ canvasElement }) => {
    const field = within(canvasElement).getByRole('textbox');
    await userEvent.click(field);
    await userEvent.tab();
    await expect(canvasElement.querySelector('#story-trap')).not.toHaveFocus();
  },
};
