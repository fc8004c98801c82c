import { Button, safeUrl, useSamskapLocale } from '@samskap/react';
import {
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { PortalComment } from '../comments/model.js';
import {
  buildCommentTree,
  type CommentNode,
  type CommentSort,
  sortCommentNodes,
} from '../comments/tree.js';
import { CommentItem } from './CommentItem.js';
import { Empty, Header, Heading, List, More, Root, SortField } from './CommentThread.styles.js';
import { type CommentVote, ThreadContext, type ThreadContextValue } from './context.js';
import { type CommentThreadLabels, threadLabels } from './labels.js';

export interface CommentThreadProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** Every comment, flat, linked by `parentId`. Built into a thread once per change of this array. */
  comments: readonly PortalComment[];
  /** The reader's user id: their own pending comments are shown to them with "Venter på godkjenning". */
  currentUserId?: string;
  /**
   * How deep replies nest before they are shown flat with "Svar til Kari".
   * @default 3
   */
  maxDepth?: number;
  /**
   * The first order of top-level comments. Replies always read oldest first.
   * @default 'oldest'
   */
  defaultSort?: CommentSort;
  /** The order, when the host controls it. */
  sort?: CommentSort;
  /** Called when the reader picks another order. */
  onSortChange?: (sort: CommentSort) => void;
  /**
   * How many top-level comments are shown at first and added by "show more".
   * @default 20
   */
  pageSize?: number;
  /**
   * The level of the heading with the count.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Called when the reader votes or takes a vote back (`undefined`). */
  onVote?: (commentId: string, vote: CommentVote | undefined) => void;
  /**
   * The address of one comment. Goes through `safeUrl`.
   * @default `#comment-<id>`
   */
  permalinkFor?: (comment: PortalComment) => string;
  /**
   * The reply form for a comment, with a function that closes it. `CommentThread` shows it in
   * place under the comment when the reader presses "Svar". Without it there is no reply button.
   */
  renderReplyForm?: (comment: PortalComment, close: () => void) => ReactNode;
  /**
   * Opens a report for a comment. Without it there is no report button.
   */
  renderReport?: (comment: PortalComment, close: () => void) => ReactNode;
  /** The moment relative times count from. For stories and tests. */
  now?: Date | number;
  /** Overrides of the built-in strings. */
  labels?: Partial<CommentThreadLabels>;
}

const headingTags = { 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6' } as const;

/**
 * A comment section: a heading with the count, a sort control, and comments with their replies
 * nested to a limit. Bodies are rendered as text; web addresses in them become links that go
 * through `safeUrl`.
 */
export const CommentThread = forwardRef<HTMLElement, CommentThreadProps>(function CommentThread(
  {
    comments,
    currentUserId,
    maxDepth = 3,
    defaultSort = 'oldest',
    sort: sortProp,
    onSortChange,
    pageSize = 20,
    headingLevel = 2,
    onVote,
    permalinkFor,
    renderReplyForm,
    renderReport,
    now,
    labels: labelsProp,
    ...rest
  },
  ref,
) {
  const { t, info, formatRelativeTime, formatDateTime } = useSamskapLocale();
  const headingId = useId();
  const sortId = useId();
  const [sortState, setSortState] = useState<CommentSort>(defaultSort);
  const sort = sortProp ?? sortState;
  const page = Math.max(1, Math.floor(pageSize) || 20);
  const [visible, setVisible] = useState(page);

  const tree = useMemo(
    () => buildCommentTree(comments, { maxDepth, currentUserId }),
    [comments, maxDepth, currentUserId],
  );
  const roots = useMemo(() => sortCommentNodes(tree.roots, sort), [tree, sort]);

  const articles = useRef(new Map<string, HTMLElement>());
  const focusAfterRender = useRef<string | undefined>(undefined);
  const registerArticle = useCallback((id: string, element: HTMLElement | null) => {
    if (element) articles.current.set(id, element);
    else articles.current.delete(id);
  }, []);
  // Moves focus to a comment once it is on screen (a posted reply, the first of "show more").
  useEffect(() => {
    const id = focusAfterRender.current;
    if (!id) return;
    const element = articles.current.get(id);
    if (element) {
      focusAfterRender.current = undefined;
      element.focus();
    }
  });

  const [reporting, setReporting] = useState<PortalComment | undefined>(undefined);
  const reportOpener = useRef<HTMLElement | null>(null);

  // Keyed by content, so an inline `labels` object does not re-render every comment; function
  // overrides are read through a ref at call time.
  const labelsRef = useRef(labelsProp);
  labelsRef.current = labelsProp;
  const labelsKey = labelsProp ? JSON.stringify(labelsProp) + Object.keys(labelsProp).join() : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by content on purpose
  const labels = useMemo(() => {
    const current = labelsRef.current;
    if (!current) return threadLabels(t, undefined);
    const live: Partial<CommentThreadLabels> = { ...current };
    for (const [key, value] of Object.entries(current)) {
      if (typeof value === 'function') {
        (live as Record<string, unknown>)[key] = (arg: never) =>
          (labelsRef.current as Record<string, (a: never) => string>)[key]?.(arg) ?? '';
      }
    }
    return threadLabels(t, live);
  }, [t, labelsKey]);
  const renderReplyRef = useRef(renderReplyForm);
  renderReplyRef.current = renderReplyForm;
  const onVoteRef = useRef(onVote);
  onVoteRef.current = onVote;
  const permalinkRef = useRef(permalinkFor);
  permalinkRef.current = permalinkFor;
  const canReply = renderReplyForm !== undefined;
  const canReport = renderReport !== undefined;
  const canVote = onVote !== undefined;
  const nowMs = now === undefined ? undefined : +now;

  const context = useMemo<ThreadContextValue>(
    () => ({
      labels,
      pageLanguage: (info.tag.split('-')[0] ?? '').toLowerCase(),
      formatRelativeTime,
      formatDateTime,
      now: nowMs,
      elementId: (c) => `comment-${c.id}`,
      permalink: (c) => {
        const custom = permalinkRef.current;
        return safeUrl(custom ? custom(c) : `#comment-${encodeURIComponent(c.id)}`);
      },
      headingLevel,
      onVote: canVote ? (id, vote) => onVoteRef.current?.(id, vote) : undefined,
      openReport: canReport
        ? (comment, opener) => {
            reportOpener.current = opener;
            setReporting(comment);
          }
        : undefined,
      renderReplyForm: canReply
        ? (node: CommentNode, close: () => void) => renderReplyRef.current?.(node.comment, close)
        : undefined,
      registerArticle,
    }),
    [
      labels,
      info.tag,
      formatRelativeTime,
      formatDateTime,
      nowMs,
      headingLevel,
      canVote,
      canReport,
      canReply,
      registerArticle,
    ],
  );

  const HeadingTag = headingTags[headingLevel] ?? 'h2';
  const shown = roots.slice(0, visible);
  const remaining = roots.length - shown.length;

  return (
    <Root ref={ref} aria-labelledby={headingId} {...rest}>
      <Header>
        <Heading as={HeadingTag} id={headingId}>
          {labels.count(tree.count)}
        </Heading>
        {roots.length > 1 ? (
          <SortField>
            <label htmlFor={sortId}>{labels.sort}</label>
            <select
              id={sortId}
              value={sort}
              onChange={(e) => {
                const next = e.target.value as CommentSort;
                setSortState(next);
                onSortChange?.(next);
              }}
            >
              <option value="oldest">{labels.sortOldest}</option>
              <option value="newest">{labels.sortNewest}</option>
              <option value="votes">{labels.sortVotes}</option>
            </select>
          </SortField>
        ) : null}
      </Header>
      {roots.length === 0 ? (
        <Empty>{labels.empty}</Empty>
      ) : (
        <ThreadContext.Provider value={context}>
          <List>
            {shown.map((node) => (
              <CommentItem key={node.comment.id} node={node} />
            ))}
          </List>
        </ThreadContext.Provider>
      )}
      {remaining > 0 ? (
        <More>
          <Button
            variant="secondary"
            onClick={() => {
              // The first newly shown comment takes focus, so keyboard readers continue there.
              focusAfterRender.current = roots[visible]?.comment.id;
              setVisible((v) => v + page);
            }}
          >
            {labels.showMore(remaining)}
          </Button>
        </More>
      ) : null}
      {reporting && renderReport
        ? renderReport(reporting, () => {
            setReporting(undefined);
            reportOpener.current?.focus();
          })
        : null}
    </Root>
  );
});
