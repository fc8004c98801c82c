import { useLabels } from '@samskap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { DraftNotice } from './FormParts.js';

// The form patterns show this themselves; a host uses it in a form of its own on `useForm`.
// The story takes its words from the tip form's strings, so it reads right in every language.
const keys = { text: 'tips.form.draftRestored', discard: 'tips.form.discardDraft' } as const;

const meta = {
  title: 'Portal/Forms/DraftNotice',
  component: DraftNotice,
  args: { text: '', discardLabel: '', onDiscard: fn() },
  render: function Render(args) {
    const label = useLabels(keys);
    return <DraftNotice {...args} text={label('text')} discardLabel={label('discard')} />;
  },
} satisfies Meta<typeof DraftNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button'));
    await expect(args.onDiscard).toHaveBeenCalledOnce();
  },
};
