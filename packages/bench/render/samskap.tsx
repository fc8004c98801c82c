import { CaseCard, CommentThread } from '@samskap/portal';
import { generateCases } from '@samskap/portal/sample-data';
import { SamskapProvider } from '@samskap/react';
import { useMemo } from 'react';
import { NOW, threadOf } from './comments.ts';
import { type CardsProps, harness } from './harness.tsx';

const cases = generateCases(1000);

const noop = () => {};

function Cards({ n, comments, locale, scheme }: CardsProps) {
  // The list is the same element across a scheme switch, so only the provider re-renders.
  const list = useMemo(
    () => (
      <ul data-cards="">
        {cases.slice(0, n).map((c) => (
          <li key={c.id}>
            <CaseCard case={c} />
          </li>
        ))}
      </ul>
    ),
    [n],
  );
  // Every comment shown (no "show more"), with voting, replying and reporting, as the peers'.
  const thread = useMemo(
    () =>
      comments ? (
        <CommentThread
          comments={threadOf(comments)}
          pageSize={comments}
          maxCommentsPerPage={comments}
          now={NOW}
          onVote={noop}
          onReply={async () => {}}
          onReport={noop}
        />
      ) : null,
    [comments],
  );
  return (
    <SamskapProvider locale={locale} colorScheme={scheme}>
      {list}
      {thread}
    </SamskapProvider>
  );
}

harness(Cards);
