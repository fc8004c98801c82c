import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { PageFeedback } from './PageFeedback.js';

const meta = {
  title: 'Portal/Frame/PageFeedback',
  component: PageFeedback,
  args: { action: '#/tilbakemelding', onSubmit: fn() },
} satisfies Meta<typeof PageFeedback>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The question: two plain submit buttons in a form that posts without scripts. */
export const Question: Story = {};

/** After "no": the thanks has focus, and an optional comment with the personal-data warning. */
export const CommentStep: Story = {
  play: async ({ canvasElement, args }) => {
    const no = canvasElement.querySelector<HTMLButtonElement>('button[value="no"]');
    await userEvent.click(no as HTMLButtonElement);
    await expect(args.onSubmit).toHaveBeenCalledWith({ useful: 'no' });
    await expect(document.activeElement?.querySelector('textarea')).toBeTruthy();
  },
};
