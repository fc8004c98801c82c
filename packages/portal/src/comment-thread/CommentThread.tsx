import { announce, Button, safeUrl, useSamskapLocale } from '@samskap/react';
import {
  forwardRef,
  type HTMLAttributes,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { CommentForm, type CommentFormProps } from '../comments/comment-form/CommentForm.js';
import type {
  CommentSubmission,
  CommentSubmitResult,
} from '../comments/comment-form/useCommentForm.js';
import type { PortalComment } from '../comments/model.js';
import { COMMENT_BODY_MAX_LENGTH } from '../comments/segments.js';
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
import { type CommentReport, ReportDialog } from './ReportDialog.js';

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
   * Sends a reply. With it, each comment has a "Svar" button that opens a `CommentForm` in place.
   * Resolve with the new comment's `id` once it is in `comments`, and focus moves to it; resolve
   * with `{ fieldErrors }` or reject as for `CommentForm`'s `onSubmit`.
   */
  onReply?: (
    submission: CommentSubmission,
    parent: PortalComment,
    // biome-ignore lint/suspicious/noConfusingVoidType: lets a host pass `async () => { await post() }`
  ) => Promise<(CommentSubmitResult & { id?: string }) | void>;
  /** Props for every reply form: `user`, `privacyHref`, `moderated`, `labels`. */
  replyFormProps?: Omit<CommentFormProps, 'onSubmit' | 'replyTo' | 'onCancelReply'>;
  /**
   * Receives a report (a reason and free text) from the dialog behind each comment's "Rapporter"
   * button. Without it there is no report button. Reject to have the dialog say it failed.
   */
  onReport?: (commentId: string, report: CommentReport) => void | Promise<void>;
  /** The moment relative times count from. For stories and tests. */
  now?: Date | number;
  /**
   * The longest body shown, in characters; a longer one (from a server that did not check) is
   * cut and ends in "…". Keep it the same as the comment form's `maxLength`.
   * @default COMMENT_BODY_MAX_LENGTH (1000)
   */
  maxLength?: number;
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
    onReply,
    replyFormProps,
    onReport,
    now,
    maxLength = COMMENT_BODY_MAX_LENGTH,
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
  // The id the host gave a posted reply, by the comment it answers; read when the form succeeds.
  const postedReplies = useRef(new Map<string, string>());
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
  const returnFocus = useRef(false);
  // Focus goes back to the report button once the dialog has left the page: while a modal
  // dialog is open, everything outside it is inert and cannot take focus.
  useEffect(() => {
    if (reporting || !returnFocus.current) return;
    returnFocus.current = false;
    reportOpener.current?.focus();
  }, [reporting]);

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
  const onReplyRef = useRef(onReply);
  onReplyRef.current = onReply;
  const replyPropsRef = useRef(replyFormProps);
  replyPropsRef.current = replyFormProps;
  const onVoteRef = useRef(onVote);
  onVoteRef.current = onVote;
  const permalinkRef = useRef(permalinkFor);
  permalinkRef.current = permalinkFor;
  const canReply = onReply !== undefined;
  const canReport = onReport !== undefined;
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
      maxBodyLength: maxLength,
      onVote: canVote ? (id, vote) => onVoteRef.current?.(id, vote) : undefined,
      openReport: canReport
        ? (comment, opener) => {
            reportOpener.current = opener;
            setReporting(comment);
          }
        : undefined,
      renderReplyForm: canReply
        ? (node: CommentNode, close: (returnFocus?: boolean) => void) => {
            return (
              <CommentForm
                {...replyPropsRef.current}
                headingLevel={Math.min(6, headingLevel + 1) as 3 | 4 | 5 | 6}
                replyTo={node.comment}
                onCancelReply={close}
                onSubmit={async (submission) => {
                  const result = await onReplyRef.current?.(submission, node.comment);
                  const id = result && typeof result.id === 'string' ? result.id : undefined;
                  if (id) postedReplies.current.set(node.comment.id, id);
                  return result ? { fieldErrors: result.fieldErrors } : undefined;
                }}
                onSuccess={() => {
                  // With the new reply's id, the form closes and focus goes to the reply once
                  // the host has added it; without one the form stays with its confirmation.
                  const postedId = postedReplies.current.get(node.comment.id);
                  if (!postedId) return;
                  postedReplies.current.delete(node.comment.id);
                  announce(labels.replyPosted, { lang: info.tag });
                  close(false);
                  const element = articles.current.get(postedId);
                  if (element) element.focus();
                  else focusAfterRender.current = postedId;
                }}
              />
            );
          }
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
      maxLength,
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
      {reporting && onReport ? (
        <ReportDialog
          comment={reporting}
          onReport={onReport}
          onClose={() => {
            returnFocus.current = true;
            setReporting(undefined);
          }}
        />
      ) : null}
    </Root>
  );
});
