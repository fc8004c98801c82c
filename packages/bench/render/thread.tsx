// A 1,000-comment thread as a reader meets it: the page loads and the thread renders its first
// page (at most 20 top-level comments and 50 comments in all) or, with `?all`, every comment on
// one page. A long page is put on screen in steps while the thread is `aria-busy`, so a step is
// done at the first frame after the thread is no longer busy. The times are from the start of
// navigation; the long tasks come from the observer in thread.html.
import { CommentThread } from '@samskap/portal';
import { SamskapProvider } from '@samskap/react';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { NOW, threadOf } from './comments.ts';

declare global {
  interface Window {
    longTasks: { start: number; end: number }[];
    thread: {
      /** When React first committed the thread, and when the frame after its last step began. */
      ready?: { committed: number; painted: number };
      /** Clicks "show more" and resolves with the time until the next frame. */
      showMore(): Promise<number>;
    };
  }
}

const all = new URLSearchParams(location.search).has('all');
const comments = threadOf(1000);
const nextFrame = () =>
  new Promise<number>((done) =>
    requestAnimationFrame(() => setTimeout(() => done(performance.now()))),
  );
/** The time of the first frame in which the thread is whole (no longer `aria-busy`). */
async function settled(): Promise<number> {
  for (;;) {
    const painted = await nextFrame();
    if (!document.querySelector('section[aria-busy="true"]')) return painted;
  }
}
const noop = () => {};

window.thread = {
  async showMore() {
    const more = [...document.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('Vis flere kommentarer'),
    );
    if (!more) throw new Error('no "show more" button');
    const start = performance.now();
    more.click();
    return (await settled()) - start;
  },
};

function Ready() {
  useEffect(() => {
    const committed = performance.now();
    void settled().then((painted) => {
      window.thread.ready = { committed, painted };
    });
  }, []);
  return null;
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <SamskapProvider locale="nb">
    <CommentThread
      comments={comments}
      pageSize={all ? comments.length : undefined}
      maxCommentsPerPage={all ? comments.length : undefined}
      now={NOW}
      onVote={noop}
      onReply={async () => {}}
      onReport={noop}
    />
    <Ready />
  </SamskapProvider>,
);
