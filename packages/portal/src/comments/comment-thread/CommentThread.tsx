import {
  Button,
  Heading,
  type HeadingLevel,
  Select,
  safeUrl,
  useControllableState,
  useLabels,
  useSamskapLocale,
  warnOnce,
} from '@samskap/react';
import {
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  startTransition,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useReducer,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { PortalComment } from '../model.js';
import type { CommentReport, ReportDialogLabels } from '../report-dialog/ReportDialog.js';
import { COMMENT_BODY_MAX_LENGTH } from '../segments.js';
import { buildCommentTree, type CommentNode, type CommentSort, sortCommentNodes } from '../tree.js';
import { CommentItem } from './CommentItem.js';
import { Empty, Header, List, More, Root, SortField } from './CommentThread.styles.js';
import { type CommentVote, ThreadContext, type ThreadContextValue } from './context.js';
import { type CommentThreadLabels, type ThreadLabel, threadLabelKeys } from './labels.js';
import { pageEnd, readingOrder } from './paging.js';
import { type ReplyFormProps, type ReplyHandler, useReplyForm } from './useReplyForm.js';
import { useReport } from './useReport.js';

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
   * The most comments a page shows, replies included: a page ends after `pageSize` top-level
   * comments or this many comments, whichever comes first, so a few long branches do not make
   * a long first page. "Show more" goes on where the page stopped, also inside a branch.
   * `Infinity` turns the limit off.
   * @default 50
   */
  maxCommentsPerPage?: number;
  /**
   * The level of the heading with the count.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /** Called when the reader votes or takes a vote back (`undefined`). */
  onVote?: (commentId: string, vote: CommentVote | undefined) => void;
  /**
   * The address of one comment (its permalink). Goes through `safeUrl`.
   * @default `#comment-<id>`
   */
  hrefFor?: (comment: PortalComment) => string;
  /**
   * The old name of `hrefFor`; it still works, with a warning in development.
   * @deprecated Use `hrefFor`. `permalinkFor` will be removed in the next minor version.
   */
  permalinkFor?: (comment: PortalComment) => string;
  /**
   * Sends a reply. With it, each comment has a "Svar" button that opens a `CommentForm` in place.
   * Resolve with the new comment's `id` once it is in `comments`, and focus moves to it; resolve
   * with `{ fieldErrors }` or reject as for `CommentForm`'s `onSubmit`.
   */
  onReply?: ReplyHandler;
  /** Props for every reply form: `user`, `privacyHref`, `moderated`, `labels`. */
  replyFormProps?: ReplyFormProps;
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
  /**
   * Overrides of the built-in strings. Declare the object outside the render (or memoise it):
   * a new object each render re-renders every comment.
   */
  labels?: CommentThreadLabels;
  /** Overrides of the report dialog's strings. */
  reportLabels?: ReportDialogLabels;
}

const sorts: readonly CommentSort[] = ['oldest', 'newest', 'votes'];

function isSort(value: string): value is CommentSort {
  return sorts.some((s) => s === value);
}

/**
 * How many comments are put on screen in one go. A page with more is filled in further steps,
 * each in a transition, so no single task of the browser is long and input is handled in
 * between. The later steps are larger: the first also pays for what a page does once (styles
 * injected, Intl formatters made).
 */
export const COMMENTS_PER_RENDER = 25;
const COMMENTS_PER_LATER_STEP = 4 * COMMENTS_PER_RENDER;

const subscribeNothing = () => () => {};

/** Where the shown part of the thread ends: after the comment `after`, in the order `sort`. */
interface Shown {
  after: string;
  count: number;
  sort: CommentSort;
}

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
    maxCommentsPerPage = 50,
    headingLevel = 2,
    onVote,
    hrefFor: hrefForProp,
    permalinkFor,
    onReply,
    replyFormProps,
    onReport,
    now,
    maxLength = COMMENT_BODY_MAX_LENGTH,
    labels,
    reportLabels,
    ...rest
  },
  ref,
) {
  const { info, formatRelativeTime, formatDateTime } = useSamskapLocale();
  if (permalinkFor !== undefined) {
    warnOnce(
      'comment-thread-permalink-for',
      'Samskap CommentThread: `permalinkFor` is renamed `hrefFor`, the name every link builder has; `permalinkFor` will be removed in the next minor version.',
    );
  }
  const hrefFor = hrefForProp ?? permalinkFor;
  const resolve = useLabels(threadLabelKeys, labels);
  // Every comment asks for the same few strings ("Svar", "Rapporter", "Kommentar fra Kari"):
  // each is resolved once per thread, not once per comment.
  const label = useMemo<ThreadLabel>(() => {
    const known = new Map<string, string>();
    return (name, values) => {
      const key = values ? `${name}|${JSON.stringify(values)}` : name;
      let text = known.get(key);
      if (text === undefined) {
        text = resolve(name, values);
        known.set(key, text);
      }
      return text;
    };
  }, [resolve]);
  const headingId = useId();
  const [sort, setSort] = useControllableState(sortProp, defaultSort, onSortChange);
  const page = Math.max(1, Math.floor(pageSize) || 20);
  const cap = maxCommentsPerPage > 0 ? Math.floor(maxCommentsPerPage) || 50 : 50;

  const tree = useMemo(
    () => buildCommentTree(comments, { maxDepth, currentUserId }),
    [comments, maxDepth, currentUserId],
  );
  const roots = useMemo(() => sortCommentNodes(tree.roots, sort), [tree, sort]);
  const order = useMemo(() => readingOrder(roots), [roots]);
  const total = order.nodes.length;
  const firstPage = pageEnd(order, 0, page, cap);

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
  // Renders again when the comment to focus is not on screen: it may be past the shown part.
  const [, renderAgain] = useReducer((n: number) => n + 1, 0);
  const focusComment = useCallback((id: string) => {
    const element = articles.current.get(id);
    if (element) element.focus();
    else {
      focusAfterRender.current = id;
      renderAgain();
    }
  }, []);

  // The shown part is pinned to the last comment shown, so a reply posted above it shows up
  // without pushing another comment off the page; a new sort starts from the same count.
  const shownRef = useRef<Shown | undefined>(undefined);
  let end = firstPage;
  const pinned = shownRef.current;
  if (pinned) {
    const at = pinned.sort === sort ? order.index.get(pinned.after) : undefined;
    end = Math.max(firstPage, at === undefined ? Math.min(total, pinned.count) : at + 1);
  }
  // A comment that is to take focus (a posted reply, the first of "show more") is shown.
  const wanted = focusAfterRender.current && order.index.get(focusAfterRender.current);
  if (typeof wanted === 'number' && wanted >= end) end = wanted + 1;
  useEffect(() => {
    const last = order.nodes[end - 1];
    shownRef.current = last ? { after: last.comment.id, count: end, sort } : undefined;
  });

  // A long page is put on screen in steps (`lag` comments are still to come). Rendered on the
  // server or hydrated, it is whole, as the server sent it.
  const hydrating = useSyncExternalStore(
    subscribeNothing,
    () => false,
    () => true,
  );
  const [fill, setFill] = useState(() => ({
    lag: hydrating ? 0 : Math.max(0, firstPage - COMMENTS_PER_RENDER),
  }));
  useEffect(() => {
    if (fill.lag <= 0) return;
    startTransition(() => setFill((f) => ({ lag: Math.max(0, f.lag - COMMENTS_PER_LATER_STEP) })));
  }, [fill]);
  const rendered = Math.max(0, end - fill.lag);

  const report = useReport(onReport, reportLabels);
  const renderReplyForm = useReplyForm({
    onReply,
    replyFormProps,
    headingLevel,
    replyPosted: () => label('replyPosted'),
    lang: info.tag,
    focusComment,
  });
  const onVoteRef = useRef(onVote);
  onVoteRef.current = onVote;
  const hrefForRef = useRef(hrefFor);
  hrefForRef.current = hrefFor;
  const canReport = onReport !== undefined;
  const canVote = onVote !== undefined;
  const nowMs = now === undefined ? undefined : +now;
  const { openReport } = report;

  const context = useMemo<ThreadContextValue>(
    () => ({
      label,
      pageTag: info.tag,
      formatRelativeTime,
      formatDateTime,
      now: nowMs,
      elementId: (c) => `comment-${c.id}`,
      permalink: (c) => {
        const custom = hrefForRef.current;
        return safeUrl(custom ? custom(c) : `#comment-${encodeURIComponent(c.id)}`);
      },
      headingLevel,
      maxBodyLength: maxLength,
      onVote: canVote ? (id, vote) => onVoteRef.current?.(id, vote) : undefined,
      openReport: canReport ? openReport : undefined,
      renderReplyForm,
      registerArticle,
    }),
    [
      label,
      info.tag,
      formatRelativeTime,
      formatDateTime,
      nowMs,
      headingLevel,
      maxLength,
      canVote,
      canReport,
      openReport,
      renderReplyForm,
      registerArticle,
    ],
  );

  const items: ReactNode[] = [];
  for (let r = 0; r < roots.length; r++) {
    const start = order.rootStart[r] ?? total;
    if (start >= rendered) break;
    const node = roots[r] as CommentNode;
    const size = 1 + node.descendantCount;
    items.push(
      <CommentItem key={node.comment.id} node={node} limit={Math.min(size, rendered - start)} />,
    );
  }
  const remaining = total - end;

  return (
    <Root ref={ref} aria-labelledby={headingId} aria-busy={fill.lag > 0 || undefined} {...rest}>
      <Header>
        <Heading level={headingLevel} size="lg" id={headingId}>
          {label('count', { count: tree.count })}
        </Heading>
        {roots.length > 1 ? (
          <SortField>
            <Select
              label={label('sort')}
              value={sort}
              onChange={(e) => {
                if (isSort(e.target.value)) setSort(e.target.value);
              }}
            >
              <option value="oldest">{label('sortOldest')}</option>
              <option value="newest">{label('sortNewest')}</option>
              <option value="votes">{label('sortVotes')}</option>
            </Select>
          </SortField>
        ) : null}
      </Header>
      {roots.length === 0 ? (
        <Empty>{label('empty')}</Empty>
      ) : (
        <ThreadContext.Provider value={context}>
          <List>{items}</List>
        </ThreadContext.Provider>
      )}
      {remaining > 0 ? (
        <More>
          <Button
            variant="secondary"
            onClick={() => {
              // The first newly shown comment takes focus, so keyboard readers continue there.
              const next = pageEnd(order, end, page, cap);
              focusAfterRender.current = order.nodes[end]?.comment.id;
              const last = order.nodes[next - 1];
              if (last) shownRef.current = { after: last.comment.id, count: next, sort };
              const more = Math.max(0, next - end - COMMENTS_PER_LATER_STEP);
              setFill((f) => ({ lag: f.lag + more }));
            }}
          >
            {label('showMore', { remaining })}
          </Button>
        </More>
      ) : null}
      {report.dialog}
    </Root>
  );
});
