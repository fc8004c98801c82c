import { SamskapProvider } from '@samskap/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { locales, renderIn } from '../../../../../test/render.js';
import { sampleComments } from '../fixtures.js';
import type { PortalComment } from '../model.js';
import { COMMENTS_PER_RENDER, CommentThread } from './CommentThread.js';

const NOW = Date.UTC(2026, 10, 29, 10, 0);
const comments = sampleComments(NOW);

function one(extra: Partial<PortalComment> & { id: string }): PortalComment {
  return {
    author: { name: 'Kari' },
    body: 'Hei',
    createdAt: new Date(NOW - 3_600_000).toISOString(),
    status: 'published',
    ...extra,
  };
}

/** `threads` top-level comments T0, T1, ..., each with `replies` replies T0.0, T0.1, ..., in time order. */
function branches(threads: number, replies: number): PortalComment[] {
  const out: PortalComment[] = [];
  let minute = 1000;
  for (let t = 0; t < threads; t++) {
    out.push(one({ id: `t${t}`, author: { name: `T${t}` }, createdAt: at(minute--) }));
    for (let r = 0; r < replies; r++) {
      out.push(
        one({
          id: `t${t}r${r}`,
          parentId: `t${t}`,
          author: { name: `T${t}.${r}` },
          createdAt: at(minute--),
        }),
      );
    }
  }
  return out;
}

function at(minutesAgo: number): string {
  return new Date(NOW - minutesAgo * 60_000).toISOString();
}

/** A host that adds a posted reply to its list and gives its id back. */
function ReplyingHost() {
  const [list, setList] = useState(() => branches(2, 1));
  return (
    <CommentThread
      comments={list}
      now={NOW}
      maxCommentsPerPage={2}
      replyFormProps={{ user: { name: 'Ingrid' } }}
      onReply={async (submission, parent) => {
        const id = `new-${parent.id}`;
        setList((l) => [
          ...l,
          one({
            id,
            parentId: parent.id,
            author: { name: 'Ingrid' },
            body: submission.body,
            createdAt: at(1),
          }),
        ]);
        return { id };
      }}
    />
  );
}

describe('CommentThread', () => {
  it.each([
    ['nb', '4 kommentarer', '1 kommentar', 'Ingen har kommentert ennå.', '0 kommentarer'],
    ['nn', '4 kommentarar', '1 kommentar', 'Ingen har kommentert enno.', '0 kommentarar'],
    ['en', '4 comments', '1 comment', 'No one has commented yet.', '0 comments'],
  ] as const)(
    'in %s heads the thread with the count',
    (locale, four, single, empty, zero) => {
      const first = renderIn(locale, <CommentThread comments={comments} now={NOW} />);
      expect(screen.getByRole('heading', { level: 2, name: four })).toBeInTheDocument();
      expect(screen.getByRole('region', { name: four })).toBeInTheDocument();
      first.unmount();
      const r = renderIn(locale, <CommentThread comments={[one({ id: 'x' })]} now={NOW} />);
      expect(within(r.container).getByRole('heading', { name: single })).toBeInTheDocument();
      r.unmount();
      const e = renderIn(locale, <CommentThread comments={[]} now={NOW} />);
      expect(within(e.container).getByRole('heading', { name: zero })).toBeInTheDocument();
      expect(within(e.container).getByText(empty)).toBeInTheDocument();
    },
    20_000,
  );

  it('nests replies, names each comment by its author, and badges the official reply', () => {
    renderIn('nn', <CommentThread comments={comments} now={NOW} />);
    const kari = screen.getByRole('article', { name: 'Kommentar frå Kari Nordmann' });
    const official = screen.getByRole('article', { name: 'Kommentar frå Per Hansen' });
    expect(within(official).getByText('Svar frå Statens vegvesen')).toBeInTheDocument();
    expect(within(official).getByText('Redigert')).toBeInTheDocument();
    // The official reply sits in the list of replies under Kari's comment.
    expect(kari.closest('li')?.contains(official)).toBe(true);
  });

  it('shows the time relative, with the absolute time and a machine-readable dateTime', () => {
    renderIn('nn', <CommentThread comments={comments} now={NOW} />);
    const anne = screen.getByRole('article', { name: 'Kommentar frå Anne Berg' });
    const time = anne.querySelector('time');
    expect(time).toHaveAttribute('dateTime', new Date(NOW - 5 * 3_600_000).toISOString());
    expect(time?.textContent).toMatch(/for 5 timar sidan/);
    expect(time).toHaveAttribute('title', expect.stringMatching(/2026/));
  });

  it('writes the absolute time in Norwegian time, whatever the machine’s time zone', () => {
    const zone = process.env.TZ;
    // Auckland is 12 hours from Oslo in November: a time in the machine's zone would show it.
    process.env.TZ = 'Pacific/Auckland';
    try {
      renderIn('nb', <CommentThread comments={comments} now={NOW} />);
      const anne = screen.getByRole('article', { name: 'Kommentar fra Anne Berg' });
      // 05:00 UTC is 06:00 in Oslo (winter time).
      expect(anne.querySelector('time')).toHaveAttribute('title', '29. november 2026 kl. 06:00');
      expect(anne.querySelector('time')).toHaveTextContent('(29. november 2026 kl. 06:00)');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('keeps line breaks and turns addresses into safe links with rel="nofollow ugc noopener"', () => {
    renderIn('nb', <CommentThread comments={comments} now={NOW} />);
    const kari = screen.getByRole('article', { name: 'Kommentar fra Kari Nordmann' });
    expect(kari.querySelector('p br')).not.toBeNull();
    const link = screen.getByRole('link', { name: 'https://www.vegvesen.no/vegprosjekter' });
    expect(link).toHaveAttribute('href', 'https://www.vegvesen.no/vegprosjekter');
    expect(link).toHaveAttribute('rel', 'nofollow ugc noopener');
  });

  it('marks a comment in another language with its lang, and not one in the page language', () => {
    renderIn('nb', <CommentThread comments={comments} now={NOW} />);
    const ola = screen.getByRole('article', { name: 'Kommentar fra Ola Normann' });
    expect(ola.querySelector('[lang="nn"]')).toHaveTextContent('Takk for svar!');
    const r = renderIn('nn', <CommentThread comments={comments} now={NOW} />);
    const olaNn = within(r.container).getByRole('article', { name: 'Kommentar frå Ola Normann' });
    expect(olaNn.querySelector('[lang]')).toBeNull();
  });

  it('leaves a placeholder for deleted and hidden comments and keeps the replies', () => {
    renderIn(
      'nn',
      <CommentThread
        comments={[
          one({ id: 'd', status: 'deleted', body: 'secret' }),
          one({ id: 'r', parentId: 'd', author: { name: 'Svarar' } }),
          one({ id: 'h', status: 'hidden', body: 'rude' }),
        ]}
        now={NOW}
      />,
    );
    expect(screen.getByText('Kommentaren er sletta.')).toBeInTheDocument();
    expect(screen.getByText('Ein moderator har gøymt kommentaren.')).toBeInTheDocument();
    expect(screen.queryByText('secret')).toBeNull();
    expect(screen.queryByText('rude')).toBeNull();
    expect(screen.getByRole('article', { name: 'Kommentar frå Svarar' })).toBeInTheDocument();
  });

  it('shows a pending comment only to its author, marked as waiting', () => {
    const pending = one({ id: 'p', status: 'pending', author: { id: 'u1', name: 'Kari' } });
    const { unmount } = renderIn('nb', <CommentThread comments={[pending]} now={NOW} />);
    expect(screen.queryByRole('article')).toBeNull();
    unmount();
    renderIn('nn', <CommentThread comments={[pending]} currentUserId="u1" now={NOW} />);
    const article = screen.getByRole('article', { name: 'Kommentar frå Kari' });
    expect(within(article).getByText('Ventar på godkjenning')).toBeInTheDocument();
  });

  it('flattens replies below depth 3 with "Svar til"', () => {
    const chain = [
      one({ id: '1', author: { name: 'A' } }),
      one({ id: '2', parentId: '1', author: { name: 'B' } }),
      one({ id: '3', parentId: '2', author: { name: 'C' } }),
      one({ id: '4', parentId: '3', author: { name: 'D' } }),
    ];
    renderIn('nn', <CommentThread comments={chain} now={NOW} />);
    const d = screen.getByRole('article', { name: 'Kommentar frå D' });
    expect(within(d).getByText('Svar til C')).toBeInTheDocument();
    const c = screen.getByRole('article', { name: 'Kommentar frå C' });
    expect(c.closest('ol')).toBe(d.closest('ol'));
  });

  it('sorts by the select, by keyboard', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    renderIn('en', <CommentThread comments={comments} now={NOW} onSortChange={onSortChange} />);
    const names = () =>
      screen
        .getAllByRole('article')
        .filter((a) => !a.closest('ol ol'))
        .map((a) => a.getAttribute('aria-label'));
    expect(names()).toEqual(['Comment by Kari Nordmann', 'Comment by Anne Berg']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Newest first');
    expect(names()).toEqual(['Comment by Anne Berg', 'Comment by Kari Nordmann']);
    expect(onSortChange).toHaveBeenCalledWith('newest');
  });

  it('votes with aria-pressed toggles and reports to onVote', async () => {
    const user = userEvent.setup();
    const onVote = vi.fn();
    renderIn('en', <CommentThread comments={comments} now={NOW} onVote={onVote} />);
    const anne = screen.getByRole('article', { name: 'Comment by Anne Berg' });
    const up = within(anne).getByRole('button', { name: 'Vote up 3' });
    expect(up).toHaveAttribute('aria-pressed', 'false');
    await user.click(up);
    expect(within(anne).getByRole('button', { name: 'Vote up 4' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(anne).getByRole('button', { name: 'Vote down 4' }));
    expect(within(anne).getByRole('button', { name: 'Vote up 3' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await user.click(within(anne).getByRole('button', { name: 'Vote down 5' }));
    expect(onVote.mock.calls).toEqual([
      ['c4', 'up'],
      ['c4', 'down'],
      ['c4', undefined],
    ]);
  });

  it('collapses and expands a branch', async () => {
    const user = userEvent.setup();
    renderIn('en', <CommentThread comments={comments} now={NOW} />);
    const hide = screen.getByRole('button', { name: 'Hide 2 replies' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    hide.focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('article', { name: 'Comment by Per Hansen' })).toBeNull();
    const show = screen.getByRole('button', { name: 'Show 2 replies' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    expect(screen.getByRole('article', { name: 'Comment by Per Hansen' })).toBeInTheDocument();
  });

  it('shows a page of comments at a time and moves focus to the first new one', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 5 }, (_, i) =>
      one({
        id: `m${i}`,
        author: { name: `P${i}` },
        createdAt: new Date(NOW - (10 - i) * 60_000).toISOString(),
      }),
    );
    renderIn('en', <CommentThread comments={many} now={NOW} pageSize={2} />);
    expect(screen.getAllByRole('article')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Show more comments (3 remaining)' }));
    expect(screen.getAllByRole('article')).toHaveLength(4);
    expect(screen.getByRole('article', { name: 'Comment by P2' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Show more comments (1 remaining)' }));
    expect(screen.getAllByRole('article')).toHaveLength(5);
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
  });

  it.each([
    ['nb', 'Vis flere kommentarer (9 igjen)', 'Vis flere kommentarer (3 igjen)', 'Skjul 1 svar'],
    ['nn', 'Vis fleire kommentarar (9 att)', 'Vis fleire kommentarar (3 att)', 'Gøym 1 svar'],
    ['en', 'Show more comments (9 remaining)', 'Show more comments (3 remaining)', 'Hide 1 reply'],
  ] as const)(
    'in %s caps a page by comments, replies included, and goes on inside a branch',
    async (locale, nine, three, hideOne) => {
      const user = userEvent.setup();
      // Three comments with four replies each: 15 comments, six to a page.
      renderIn(
        locale,
        <CommentThread comments={branches(3, 4)} now={NOW} maxCommentsPerPage={6} />,
      );
      const names = () => screen.getAllByRole('article').map((a) => a.id);
      expect(names()).toEqual([
        'comment-t0',
        'comment-t0r0',
        'comment-t0r1',
        'comment-t0r2',
        'comment-t0r3',
        'comment-t1',
      ]);
      // T1's replies are not on the page yet, so it has no button to hide them.
      const t1 = screen.getByRole('article', { name: /T1$/ }).closest('li') as HTMLElement;
      expect(within(t1).queryByRole('button', { expanded: true })).toBeNull();
      await user.click(screen.getByRole('button', { name: nine }));
      expect(screen.getAllByRole('article')).toHaveLength(12);
      // The first new comment is T1's first reply, and it takes focus.
      expect(document.getElementById('comment-t1r0')).toHaveFocus();
      await user.click(screen.getByRole('button', { name: three }));
      expect(screen.getAllByRole('article')).toHaveLength(15);
      expect(document.getElementById('comment-t2r1')).toHaveFocus();
      expect(screen.queryByRole('button', { name: nine })).toBeNull();
      expect(screen.queryByRole('button', { name: three })).toBeNull();
      // A branch cut by the page says how many of its replies are shown.
      const r = renderIn(
        locale,
        <CommentThread comments={branches(1, 4)} now={NOW} maxCommentsPerPage={2} />,
      );
      expect(within(r.container).getByRole('button', { name: hideOne })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
    },
    20_000,
  );

  it('opens a collapsed branch when "show more" goes on inside it', async () => {
    const user = userEvent.setup();
    renderIn('en', <CommentThread comments={branches(1, 4)} now={NOW} maxCommentsPerPage={3} />);
    await user.click(screen.getByRole('button', { name: 'Hide 2 replies' }));
    await user.click(screen.getByRole('button', { name: 'Show more comments (2 remaining)' }));
    expect(screen.getByRole('button', { name: 'Hide 4 replies' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(document.getElementById('comment-t0r2')).toHaveFocus();
  });

  it('shows a reply posted to the last comment on the page, and focuses it', async () => {
    const user = userEvent.setup();
    renderIn('en', <ReplyingHost />);
    const last = screen.getByRole('article', { name: 'Comment by T0.0' });
    expect(
      screen.getByRole('button', { name: 'Show more comments (2 remaining)' }),
    ).toBeInTheDocument();
    await user.click(within(last).getByRole('button', { name: 'Reply' }));
    await user.type(screen.getByRole('textbox'), 'Enig.');
    const form = screen.getByRole('form');
    await user.click(within(form).getAllByRole('button')[0] as HTMLElement);
    const posted = await screen.findByRole('article', { name: 'Comment by Ingrid' });
    await waitFor(() => expect(posted).toHaveFocus());
    // The page kept what it showed; the two comments after it still wait behind "show more".
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(
      screen.getByRole('button', { name: 'Show more comments (2 remaining)' }),
    ).toBeInTheDocument();
  });

  it('puts a long page on screen in steps, busy until the last comment is there', async () => {
    const acting = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    try {
      const many = branches(20, 4);
      flushSync(() =>
        root.render(
          <SamskapProvider locale="en">
            <CommentThread
              comments={many}
              now={NOW}
              pageSize={1000}
              maxCommentsPerPage={Infinity}
            />
          </SamskapProvider>,
        ),
      );
      const region = within(host).getByRole('region');
      expect(within(host).getAllByRole('article')).toHaveLength(COMMENTS_PER_RENDER);
      expect(region).toHaveAttribute('aria-busy', 'true');
      await waitFor(() => expect(within(host).getAllByRole('article')).toHaveLength(100), {
        timeout: 10_000,
      });
      expect(region).not.toHaveAttribute('aria-busy');
      expect(within(host).queryByRole('button', { name: /Show more/ })).toBeNull();
    } finally {
      flushSync(() => root.unmount());
      host.remove();
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = acting;
    }
  }, 20_000);

  it('links each comment to itself', () => {
    renderIn('en', <CommentThread comments={comments} now={NOW} />);
    const anne = screen.getByRole('article', { name: 'Comment by Anne Berg' });
    const link = within(anne).getByRole('link', { name: /Link to this comment/ });
    expect(link).toHaveAttribute('href', '#comment-c4');
    expect(anne).toHaveAttribute('id', 'comment-c4');
  });

  it('links each comment to the address hrefFor gives, and drops one that is not safe', () => {
    renderIn(
      'en',
      <CommentThread
        comments={comments}
        now={NOW}
        hrefFor={(c) => (c.id === 'c4' ? '/sak/42/kommentar/c4' : 'javascript:alert(1)')}
      />,
    );
    const anne = screen.getByRole('article', { name: 'Comment by Anne Berg' });
    expect(within(anne).getByRole('link', { name: /Link to this comment/ })).toHaveAttribute(
      'href',
      '/sak/42/kommentar/c4',
    );
    const kari = screen.getByRole('article', { name: 'Comment by Kari Nordmann' });
    expect(within(kari).queryByRole('link', { name: /Link to this comment/ })).toBeNull();
  });

  it('still takes the old name permalinkFor, with one warning in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const first = renderIn(
        'en',
        <CommentThread comments={comments} now={NOW} permalinkFor={(c) => `/k/${c.id}`} />,
      );
      const anne = screen.getByRole('article', { name: 'Comment by Anne Berg' });
      expect(within(anne).getByRole('link', { name: /Link to this comment/ })).toHaveAttribute(
        'href',
        '/k/c4',
      );
      first.rerender(
        <SamskapProvider locale="en">
          <CommentThread comments={comments} now={NOW} permalinkFor={(c) => c.id} />
        </SamskapProvider>,
      );
      const warnings = warn.mock.calls.filter(([m]) => String(m).includes('permalinkFor'));
      expect(warnings).toHaveLength(1);
      expect(String(warnings[0]?.[0])).toContain('hrefFor');
    } finally {
      warn.mockRestore();
    }
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <CommentThread comments={comments} now={NOW} onVote={() => {}} currentUserId="u-kari" />,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  }, 30_000);

  it('takes label overrides: a text with placeholders, or a function of the count', () => {
    renderIn(
      'nn',
      <CommentThread
        comments={comments}
        labels={{
          count: ({ count }) => (count === 1 ? 'Eitt innspel' : `${String(count)} innspel`),
          reply: 'Svar på dette',
          commentBy: 'Innspel frå {{name}}',
        }}
        onReply={async () => {}}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^\d+ innspel$/);
    expect(screen.getAllByRole('button', { name: 'Svar på dette' }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('article')[0]).toHaveAccessibleName(/^Innspel frå /);
  });
});
