import { useLabels } from '@samskap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { FormConfirmation } from './FormParts.js';

// Words from the comment form's strings, so the story reads right in every language.
const keys = { message: 'comments.form.successModerated' } as const;

const meta = {
  title: 'Portal/Forms/FormConfirmation',
  component: FormConfirmation,
  args: { message: '' },
  render: function Render(args) {
    const label = useLabels(keys);
    return <FormConfirmation {...args} message={label('message')} />;
  },
} satisfies Meta<typeof FormConfirmation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** It takes focus when it appears, so it is read first and a keyboard user starts from it. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const message = within(canvasElement).getByText(/./, { selector: 'p' });
    await waitFor(() => expect(message.closest('[tabindex="-1"]')).toHaveFocus());
  },
};
