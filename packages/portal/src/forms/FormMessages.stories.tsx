import { Button, TextField, useLabels } from '@samskap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { FormMessages } from './FormParts.js';
import { formLabels, labelsFrom } from './labels.js';

// Words from the comment form's strings, so the story reads right in every language.
const keys = {
  trapped: 'comments.form.trapped',
  failedTitle: 'comments.form.failedTitle',
  failedBody: 'comments.form.failedBody',
  retry: 'comments.form.retry',
  draftRestored: 'comments.form.draftRestored',
  discardDraft: 'comments.form.discardDraft',
  draftDiscarded: 'comments.form.draftDiscarded',
  bodyRequired: 'comments.form.errors.bodyRequired',
  body: 'comments.form.body',
  submit: 'comments.form.submit',
} as const;

const failedWithDraft = {
  status: 'failed' as const,
  attempt: 1,
  draftRestored: true,
  discardDraft: fn(),
  submit: fn(async () => undefined),
};

const meta = {
  title: 'Portal/Forms/FormMessages',
  component: FormMessages,
  // The state a form on `useForm` would be in; here it is made up, so every message shows.
  args: {
    form: failedWithDraft,
    errors: [],
    headingLevel: 3,
    submitButton: { current: null },
  },
  render: function Render(args) {
    const label = useLabels(keys);
    const submit = useRef<HTMLButtonElement>(null);
    return (
      <form aria-label={label('body')} noValidate onSubmit={(e) => e.preventDefault()}>
        <FormMessages
          form={args.form}
          headingLevel={args.headingLevel}
          errors={
            args.errors.length ? [{ target: 'story-body', message: label('bodyRequired') }] : []
          }
          submitButton={submit}
          labels={labelsFrom(label, formLabels.messages, formLabels.draft)}
          draftField="story-body"
        />
        <TextField id="story-body" label={label('body')} />
        <Button ref={submit} type="submit">
          {label('submit')}
        </Button>
      </form>
    );
  },
} satisfies Meta<typeof FormMessages>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A failed send after a draft was filled in: the draft notice, then "try again". */
export const FailedWithDraft: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toBeInTheDocument();
    const [, retry] = canvas.getAllByRole('button');
    retry?.click();
    await waitFor(() => expect(args.form.submit).toHaveBeenCalled());
  },
};

/** A submit that found errors: the error summary takes focus. */
export const WithErrors: Story = {
  args: {
    form: { ...failedWithDraft, status: 'invalid' as const, draftRestored: false },
    errors: [{ target: 'story-body', message: '' }],
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[tabindex="-1"]')).toHaveFocus());
  },
};
