import { useLabels } from '@samskap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { SubmitFailure } from './FormParts.js';

// Words from the comment form's strings, so the story reads right in every language.
const keys = {
  title: 'comments.form.failedTitle',
  body: 'comments.form.failedBody',
  retry: 'comments.form.retry',
} as const;

const meta = {
  title: 'Portal/Forms/SubmitFailure',
  component: SubmitFailure,
  args: { title: '', body: '', retryLabel: '', onRetry: fn() },
  render: function Render(args) {
    const label = useLabels(keys);
    return (
      <SubmitFailure
        {...args}
        title={label('title')}
        body={label('body')}
        retryLabel={label('retry')}
      />
    );
  },
} satisfies Meta<typeof SubmitFailure>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An alert that says what failed, that nothing is lost, and offers to try again. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button'));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};
