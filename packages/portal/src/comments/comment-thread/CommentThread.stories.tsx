import { resources } from '@samskap/i18n';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { CommentSubmission } from '../comment-form/useCommentForm.js';
import { manyComments, sampleComments } from '../fixtures.js';
import type { PortalComment } from '../model.js';
import { preventNavigation } from '../story-helpers.js';
import { CommentThread } from './CommentThread.js';

const NOW = Date.now();
const at = (hoursAgo: number) => new Date(NOW - hoursAgo * 3_600_000).toISOString();
const c = (id: string, extra: Partial<PortalComment> = {}): PortalComment => ({
  id,
  author: { id: `u-${id}`, name: 'Kari Nordmann' },
  body: 'Kjempebra forslag. Når kan vi vente at arbeidet starter?',
  createdAt: at(3),
  status: 'published',
  ...extra,
});

const meta = {
  title: 'Portal/Comments/CommentThread',
  component: CommentThread,
  args: { comments: sampleComments(NOW), onVote: fn(), onReport: fn() },
  decorators: [preventNavigation],
} satisfies Meta<typeof CommentThread>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Empty: Story = {
  args: { comments: [] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(/^0 /);
    await expect(canvas.queryByRole('article')).toBeNull();
  },
};

export const One: Story = {
  args: { comments: [c('one', { votes: { up: 1, down: 0 } })] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(/^1 /);
    await expect(canvas.getAllByRole('article')).toHaveLength(1);
  },
};

/** Six levels of replies: nesting stops at three, deeper replies say whom they answer. */
export const Deep: Story = {
  args: {
    comments: ['Kari', 'Ola', 'Anne', 'Per', 'Ingrid', 'Nils'].map((name, i) =>
      c(`d${i}`, {
        ...(i > 0 ? { parentId: `d${i - 1}` } : {}),
        author: { name },
        body: `Svar nummer ${i}.`,
        createdAt: at(10 - i),
      }),
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const articles = canvas.getAllByRole('article');
    await expect(articles).toHaveLength(6);
    await expect(articles[3]).toHaveTextContent(/Anne/);
    await expect(articles[3]?.closest('ol')).toBe(articles[2]?.closest('ol'));
  },
};

export const DeletedWithReplies: Story = {
  args: {
    comments: [
      c('del', { status: 'deleted', body: '' }),
      c('r1', { parentId: 'del', author: { name: 'Ola Normann' }, createdAt: at(2) }),
      c('r2', { parentId: 'del', author: { name: 'Anne Berg' }, createdAt: at(1) }),
    ],
  },
};

/** The reader (`currentUserId`) sees their own comment while it waits; others do not. */
export const Pending: Story = {
  args: {
    currentUserId: 'u-me',
    comments: [
      c('a'),
      c('mine', {
        author: { id: 'u-me', name: 'Ingrid Olsen' },
        body: 'Min kommentar venter på at noen ser på den.',
        status: 'pending',
        createdAt: at(0.1),
      }),
      c('theirs', { author: { id: 'u-other', name: 'Nils Dahl' }, status: 'pending' }),
    ],
  },
};

export const Hidden: Story = {
  args: { comments: [c('h', { status: 'hidden' }), c('ok', { author: { name: 'Ola Normann' } })] },
};

export const OfficialReply: Story = {
  args: {
    comments: [
      c('q', { body: 'Når blir gangveien ferdig?' }),
      c('a', {
        parentId: 'q',
        author: { name: 'Per Hansen', role: 'official', organisation: 'Statens vegvesen' },
        body: 'Arbeidet starter i mars og skal være ferdig før skolestart.\nLes mer: https://www.vegvesen.no',
        createdAt: at(1),
        editedAt: at(0.5),
      }),
      c('m', {
        parentId: 'q',
        author: { name: 'Moderator', role: 'moderator', organisation: 'Bergen kommune' },
        body: 'Husk å holde tonen saklig.',
        createdAt: at(0.5),
      }),
    ],
  },
};

/** A comment in nynorsk and one in English on a page in another language carry their `lang`. */
export const OtherLanguages: Story = {
  args: {
    comments: [
      c('nn', { body: 'Eg synest dette er eit godt forslag.', language: 'nn' }),
      c('en', {
        body: 'I think this is a good idea.',
        language: 'en',
        author: { name: 'Sam Lee' },
      }),
    ],
  },
};

export const LongTextInNarrowContainer: Story = {
  args: {
    comments: [
      c('long', {
        author: { name: 'Hubert Blaine Wolfeschlegelsteinhausenbergerdorff Senior' },
        body: `${'Trafikksikkerhetsutfordringer'.repeat(8)}\nhttps://example.no/${'sti/'.repeat(30)}`,
      }),
    ],
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '20rem' }}>
        <Story />
      </div>
    ),
  ],
};

export const Interactions: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const anne = canvas.getAllByRole('article')[3] as HTMLElement;
    const [up] = within(anne).getAllByRole('button', { pressed: false });
    await userEvent.click(up as HTMLElement);
    await expect(up).toHaveAttribute('aria-pressed', 'true');
    await expect(args.onVote).toHaveBeenCalledWith('c4', 'up');

    const toggle = canvas.getAllByRole('button', { expanded: true })[0] as HTMLElement;
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.getAllByRole('article')).toHaveLength(2);
    await userEvent.click(toggle);
    await expect(canvas.getAllByRole('article')).toHaveLength(4);
  },
};

/** Report: a modal dialog with reasons and free text; Escape closes it and focus goes back. */
export const Report: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const s = resources[(globals.locale as 'nb') ?? 'nb'].comments.report;
    const canvas = within(canvasElement);
    const anne = canvas.getAllByRole('article')[3] as HTMLElement;
    const buttons = within(anne).getAllByRole('button');
    const report = buttons[buttons.length - 1] as HTMLElement;
    await userEvent.click(report);
    const dialog = await within(document.body).findByRole('dialog', { name: s.title });
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
    await expect(report).toHaveFocus();

    await userEvent.click(report);
    const again = await within(document.body).findByRole('dialog');
    await userEvent.click(within(again).getAllByRole('radio')[1] as HTMLElement);
    await userEvent.type(within(again).getByRole('textbox'), 'Personangrep');
    await userEvent.click(within(again).getByRole('button', { name: s.send }));
    await waitFor(() =>
      expect(args.onReport).toHaveBeenCalledWith('c4', {
        reason: 'offensive',
        details: 'Personangrep',
      }),
    );
    await waitFor(() => expect(report).toHaveFocus());
  },
};

function ReplyingThread(props: { onPosted: (s: CommentSubmission) => void; now?: number }) {
  const [comments, setComments] = useState(() => sampleComments(props.now ?? NOW));
  return (
    <CommentThread
      comments={comments}
      now={props.now}
      replyFormProps={{ user: { name: 'Ingrid Olsen' } }}
      onReply={async (submission, parent) => {
        props.onPosted(submission);
        const id = `new-${comments.length}`;
        setComments((list) => [
          ...list,
          {
            id,
            parentId: parent.id,
            author: { name: submission.name },
            body: submission.body,
            createdAt: new Date().toISOString(),
            status: 'published',
          },
        ]);
        return { id };
      }}
    />
  );
}

/** Reply in place: the form opens under the comment, and focus goes to the posted reply. */
export const Reply: Story = {
  args: { onVote: undefined, onReport: undefined },
  render: () => <ReplyingThread onPosted={fn()} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const anne = canvas.getAllByRole('article')[3] as HTMLElement;
    await userEvent.click(within(anne).getAllByRole('button')[0] as HTMLElement);
    const form = await canvas.findByRole('form');
    await userEvent.type(within(form).getByRole('textbox'), 'Eg er samd med deg.');
    await userEvent.keyboard('{Tab}');
    const buttons = within(form).getAllByRole('button');
    await userEvent.click(buttons[0] as HTMLElement);
    await waitFor(() => expect(canvas.queryByRole('form')).toBeNull());
    const posted = canvas
      .getAllByRole('article')
      .find((a) => a.textContent?.includes('Eg er samd'));
    await expect(posted).toBeDefined();
    await waitFor(() => expect(posted).toHaveFocus());
  },
};

/** The reply form open under a comment: the state whose accessibility tree is kept on record. */
export const ReplyOpen: Story = {
  args: { onVote: undefined, onReport: undefined },
  parameters: { a11yTree: true },
  // A fixed clock, so the dates in the recorded tree are the same on every run.
  render: () => <ReplyingThread onPosted={fn()} now={Date.parse('2026-11-30T12:00:00Z')} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const anne = canvas.getAllByRole('article')[3] as HTMLElement;
    await userEvent.click(within(anne).getAllByRole('button')[0] as HTMLElement);
    const form = await canvas.findByRole('form');
    await expect(within(form).getByRole('textbox')).toBeVisible();
  },
};

function Measured({ children }: { children: ReactNode }) {
  const start = useRef(performance.now());
  const box = useRef<HTMLDivElement>(null);
  const [ms, setMs] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    // Layout effects run once the first step of the thread is in the DOM. A long page comes in
    // steps while the thread is busy; the first frame after the last step is when a reader sees
    // the whole thread (style and layout done).
    const committed = performance.now() - start.current;
    let frame = 0;
    const check = () => {
      if (box.current?.querySelector('[aria-busy="true"]')) {
        frame = requestAnimationFrame(check);
        return;
      }
      const painted = performance.now() - start.current;
      setMs(painted);
      (window as unknown as Record<string, unknown>).__skThreadRender = { committed, painted };
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <div ref={box} data-render-ms={ms === undefined ? undefined : Math.round(ms)}>
      {children}
    </div>
  );
}

const thousand = manyComments(1000, NOW);

/**
 * 1,000 comments with the default page (at most 20 top-level comments and 50 comments, replies
 * included) and "show more": what a reader of a long thread gets. Checked for accessibility
 * like every story.
 */
export const ThousandComments: Story = {
  args: { comments: thousand },
  // Hundreds of buttons: the forced-colours check focuses 40 of them, spread over the thread,
  // to stay within the story timeout (docs/decisions/0014).
  parameters: { storyChecks: { focusSample: 40 } },
  render: (args) => (
    <Measured>
      <CommentThread {...args} />
    </Measured>
  ),
  play: async ({ canvasElement, globals }) => {
    const s = resources[(globals.locale as 'nb') ?? 'nb'].comments.thread;
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(
      /^1[\s\u00a0,.]?000 /,
    );
    // The first page holds 50 comments, replies included, and says how many are left.
    await expect(canvas.getAllByRole('article')).toHaveLength(50);
    const more = canvas.getAllByRole('button').at(-1) as HTMLElement;
    await expect(more).toHaveTextContent(s.showMore.replace('{{remaining}}', '950'));
    await userEvent.click(more);
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(100));
    // Keyboard readers go on at the first new comment.
    await waitFor(() => expect(canvas.getAllByRole('article')[50]).toHaveFocus());
    await expect(more).toHaveTextContent(s.showMore.replace('{{remaining}}', '900'));
  },
};

/**
 * All 1,000 comments on one page (`pageSize` and `maxCommentsPerPage` 1000), to measure the cost
 * of the whole thread in Chromium. The thread puts them on screen in steps; the play function
 * logs the time from the first render to the first commit and to the frame after the last step;
 * it asserts no time (a benchmark, not a timed test). The a11y check is left to
 * `ThousandComments`, whose markup is the same.
 */
export const ThousandCommentsAllAtOnce: Story = {
  args: { comments: thousand, pageSize: 1000, maxCommentsPerPage: 1000 },
  // Out of the story test runs: on a busy machine a thousand comments in a development build can
  // outlast the story timeout. `node scripts/bench-comment-thread.mjs` measures it on the
  // production build instead.
  tags: ['!test'],
  parameters: { a11y: { test: 'off' } },
  render: (args) => (
    <Measured>
      <CommentThread {...args} />
    </Measured>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[data-render-ms]')).not.toBeNull(), {
      timeout: 14_000,
    });
    const result = (window as unknown as Record<string, { committed: number; painted: number }>)
      .__skThreadRender;
    console.info(
      `[bench] CommentThread 1000 comments: commit ${result?.committed.toFixed(0)} ms, first frame ${result?.painted.toFixed(0)} ms`,
    );
    await expect(within(canvasElement).getAllByRole('article')).toHaveLength(1000);
  },
};
