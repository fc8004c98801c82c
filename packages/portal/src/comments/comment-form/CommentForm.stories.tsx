import { resources, type SamskapLocale } from '@samskap/i18n';
import { writeStored } from '@samskap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { announced } from '../../../../../.storybook/live.js';
import { preventNavigation } from '../story-helpers.js';
import { CommentForm } from './CommentForm.js';
import type { CommentSubmission } from './useCommentForm.js';

const meta = {
  title: 'Portal/Comments/CommentForm',
  component: CommentForm,
  args: {
    onSubmit: fn(async (_submission: CommentSubmission): Promise<void> => {}),
    privacyHref: '#personvern',
  },
  decorators: [preventNavigation],
} satisfies Meta<typeof CommentForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const stringsFor = (locale: unknown) =>
  resources[(locale as SamskapLocale) in resources ? (locale as SamskapLocale) : 'nb'].comments
    .form;

/** A guest: name, email, comment with a counter, alignment, "remember me" and the privacy link. */
export const Guest: Story = {};

export const SignedIn: Story = {
  args: { user: { name: 'Ingrid Olsen', email: 'ingrid@example.no' } },
};

export const Reply: Story = {
  args: {
    user: { name: 'Ingrid Olsen' },
    replyTo: { id: 'c1', author: { name: 'Kari Nordmann' } },
    onCancelReply: fn(),
    headingLevel: 3,
  },
  play: async ({ canvasElement, args, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: s.cancelReply }));
    await expect(args.onCancelReply).toHaveBeenCalled();
  },
};

export const ValidationErrors: Story = {
  parameters: { a11yTree: true },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: s.submit }));
    const summary = canvas.getByRole('alert');
    await expect(within(summary).getAllByRole('link')).toHaveLength(3);
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
  },
};

export const Busy: Story = {
  args: {
    user: { name: 'Ingrid Olsen' },
    onSubmit: fn((_s: CommentSubmission) => new Promise<void>(() => {})),
  },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox'), 'Et poeng om parkering.');
    await userEvent.click(canvas.getByRole('button', { name: s.submit }));
    await expect(canvas.getByRole('form')).toHaveAttribute('aria-busy', 'true');
  },
};

export const ServerFails: Story = {
  args: {
    user: { name: 'Ingrid Olsen' },
    onSubmit: fn(async (_s: CommentSubmission): Promise<void> => {
      throw new Error('503');
    }),
  },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox'), 'Dette må ikke forsvinne.');
    await userEvent.click(canvas.getByRole('button', { name: s.submit }));
    await expect(await canvas.findByText(s.failedTitle)).toBeVisible();
    await expect(canvas.getByRole('textbox')).toHaveValue('Dette må ikke forsvinne.');
  },
};

export const ModeratedSuccess: Story = {
  parameters: { a11yTree: true },
  args: { user: { name: 'Ingrid Olsen' }, moderated: true },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox'), 'Takk for et godt møte.');
    await userEvent.click(canvas.getByRole('button', { name: s.submit }));
    const done = await canvas.findByText(s.successModerated);
    await waitFor(() => expect(done.closest('[tabindex="-1"]')).toHaveFocus());
  },
};

/**
 * The character counter near and past the limit: once the writer pauses, the live region says
 * how many characters are left, then how many too many.
 */
export const CounterAnnounced: Story = {
  args: { user: { name: 'Ingrid Olsen' }, maxLength: 30 },
  parameters: { a11yTree: true },
  play: async ({ canvasElement, globals }) => {
    const t = resources[(globals.locale as SamskapLocale) ?? 'nb'].textarea;
    const say = (text: string, count: number) => text.replace('{{count}}', String(count));
    const body = within(canvasElement).getByRole('textbox');
    const first = 'Takk for et godt møte.';
    await userEvent.type(body, first);
    await announced(say(t.remaining_other, 30 - first.length));
    const more = ' Vi kommer igjen.';
    await userEvent.type(body, more);
    await announced(say(t.over_other, first.length + more.length - 30));
  },
};

export const DraftRestored: Story = {
  args: { draftKey: 'story-draft-restored' },
  beforeEach: () => {
    writeStored('story-draft-restored', { body: 'Et utkast fra i går.', alignment: 'for' });
    return () => localStorage.removeItem('story-draft-restored');
  },
};

export const LongTextInNarrowContainer: Story = {
  args: {
    user: { name: 'Hubert Blaine Wolfeschlegelsteinhausenbergerdorff Senior' },
    replyTo: { id: 'x', author: { name: 'Trafikksikkerhetsutfordringsansvarlig' } },
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '20rem' }}>
        <Story />
      </div>
    ),
  ],
};

const TEXT = 'Første linje.\n\nAndre linje med æøå, «sitat» og 😀.';

/**
 * The journey the form exists for, by keyboard alone, with the labels of the toolbar's language:
 * fill in, meet a validation error, correct it, submit into a server that fails, try again and
 * succeed, and the text is never lost.
 */
export const KeyboardJourney: Story = {
  render: function Render(args) {
    const [calls, setCalls] = useState(0);
    return (
      <CommentForm
        {...args}
        moderated
        onSubmit={async (submission: CommentSubmission) => {
          setCalls((c) => c + 1);
          await args.onSubmit(submission);
          // The first send meets a server that is down.
          if (calls === 0) throw new Error('503 Service Unavailable');
        }}
      />
    );
  },
  play: async ({ canvasElement, args, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    const name = canvas.getByRole('textbox', { name: s.name });
    const email = canvas.getByRole('textbox', { name: new RegExp(`^${s.email}`) });
    const body = canvas.getByRole('textbox', { name: new RegExp(`^${s.body}`) });

    await userEvent.tab();
    await expect(name).toHaveFocus();
    await userEvent.tab();
    await expect(email).toHaveFocus();
    await userEvent.keyboard('kari@');
    await userEvent.tab();
    await expect(body).toHaveFocus();
    await userEvent.keyboard(TEXT.replace(/\n/g, '{Enter}'));
    // Onwards to the submit button: alignment toggles, "remember me", privacy link, submit.
    const submit = canvas.getByRole('button', { name: s.submit });
    for (let i = 0; i < 10 && document.activeElement !== submit; i++) await userEvent.tab();
    await expect(submit).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    // The summary takes focus and lists the missing name and the malformed email.
    const summary = await canvas.findByRole('alert');
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    await expect(links.map((l) => l.textContent)).toEqual([
      s.errors.nameRequired,
      s.errors.emailInvalid,
    ]);
    await userEvent.tab();
    await expect(links[0]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(name).toHaveFocus();
    await userEvent.keyboard('Kari Nordmann');
    await userEvent.tab();
    await expect(email).toHaveFocus();
    await userEvent.keyboard('{End}example.no');
    await expect(body).toHaveValue(TEXT);

    for (let i = 0; i < 10 && document.activeElement !== submit; i++) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const failure = await canvas.findByText(s.failedTitle);
    await expect(name).toHaveValue('Kari Nordmann');
    await expect(email).toHaveValue('kari@example.no');
    await expect(body).toHaveValue(TEXT);

    // Back to "try again" with Shift+Tab, and press it.
    const retry = within(failure.closest('[role="alert"]') as HTMLElement).getByRole('button', {
      name: s.retry,
    });
    for (let i = 0; i < 15 && document.activeElement !== retry; i++) {
      await userEvent.tab({ shift: true });
    }
    await expect(retry).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    const done = await canvas.findByText(s.successModerated);
    await waitFor(() => expect(done.closest('[tabindex="-1"]')).toHaveFocus());
    await expect(args.onSubmit).toHaveBeenCalledTimes(2);
    await expect(args.onSubmit).toHaveBeenLastCalledWith({
      name: 'Kari Nordmann',
      email: 'kari@example.no',
      body: TEXT,
      remember: false,
    });
  },
};

function Reloading(props: { draftKey: string }) {
  const [mount, setMount] = useState(0);
  return (
    <>
      {/* Stands in for a page reload: the form unmounts and a new one mounts. */}
      <button type="button" onClick={() => setMount((m) => m + 1)}>
        Reload
      </button>
      <CommentForm key={mount} draftKey={props.draftKey} onSubmit={async () => {}} />
    </>
  );
}

/**
 * A reload in the middle: the form is unmounted and mounted again (as a page reload would) and
 * the text comes back with a notice and a way to discard it.
 */
export const DraftSurvivesReload: Story = {
  render: () => <Reloading draftKey="story-draft-reload" />,
  beforeEach: () => () => localStorage.removeItem('story-draft-reload'),
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: new RegExp(`^${s.body}`) }), TEXT);
    await userEvent.click(canvas.getByRole('button', { name: 'Reload' }));
    await expect(await canvas.findByText(s.draftRestored)).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: new RegExp(`^${s.body}`) })).toHaveValue(TEXT);
    await userEvent.click(canvas.getByRole('button', { name: s.discardDraft }));
    await expect(canvas.getByRole('textbox', { name: new RegExp(`^${s.body}`) })).toHaveValue('');
    await expect(localStorage.getItem('story-draft-reload')).toBeNull();
  },
};
