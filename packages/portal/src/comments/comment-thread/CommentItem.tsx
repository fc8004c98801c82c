import { contentLanguage } from '@samskap/i18n';
import { Badge, Button, Link, safeUrl, VisuallyHidden } from '@samskap/react';
import { Fragment, memo, type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { PORTAL_TIME_ZONE } from '../../shared/DateText.js';
import { bodySegments } from '../segments.js';
import type { CommentNode } from '../tree.js';
import {
  Actions,
  Article,
  Author,
  Body,
  Item,
  List,
  Meta,
  Toggle,
} from './CommentThread.styles.js';
import { useThread } from './context.js';
import type { ThreadLabel } from './labels.js';
import { Votes } from './Votes.js';

/**
 * A comment's date and time as people in Norway read it, whatever the time zone of the machine
 * that renders it: a server in UTC and a browser in Oslo write the same text, so hydration
 * agrees, and so do the story records made on machines in different zones.
 */
const absoluteTime = { dateStyle: 'long', timeStyle: 'short', timeZone: PORTAL_TIME_ZONE } as const;

function isoOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

function CommentBody({ body, lang }: { body: string; lang?: string }) {
  const { maxBodyLength } = useThread();
  const segments = useMemo(() => bodySegments(body, safeUrl, maxBodyLength), [body, maxBodyLength]);
  return (
    <Body lang={lang}>
      {segments.map((segment, index) => {
        const key = index;
        if (segment.type === 'break') return <br key={key} />;
        if (segment.type === 'link') {
          return (
            <Link key={key} href={segment.href} ugc>
              {segment.text}
            </Link>
          );
        }
        return <Fragment key={key}>{segment.text}</Fragment>;
      })}
    </Body>
  );
}

function CommentContent({ node }: { node: CommentNode }) {
  const thread = useThread();
  const { label, formatRelativeTime, formatDateTime, now } = thread;
  const { comment } = node;
  const author = comment.author ?? { name: '' };
  const name = typeof author.name === 'string' ? author.name : '';
  const iso = isoOf(comment.createdAt);
  const edited = isoOf(comment.editedAt);
  const ownLang = contentLanguage(comment.language, thread.pageTag);
  const href = thread.permalink(comment);
  const pending = comment.status === 'pending';
  const organisation = typeof author.organisation === 'string' ? author.organisation.trim() : '';
  const [replying, setReplying] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  const reportButton = useRef<HTMLButtonElement>(null);

  const absolute = iso ? formatDateTime(iso, absoluteTime) : '';
  const time = iso ? (
    <time dateTime={iso} title={absolute}>
      {formatRelativeTime(iso, now === undefined ? undefined : { now })}{' '}
      <VisuallyHidden>{`(${absolute})`}</VisuallyHidden>
    </time>
  ) : null;

  return (
    <>
      <Meta>
        <Author>{name}</Author>
        {author.role === 'official' ? (
          <Badge color="accent">
            {organisation ? label('official', { organisation }) : label('officialUnnamed')}
          </Badge>
        ) : null}
        {author.role === 'moderator' ? (
          <Badge color="accent">
            {label('moderator')}
            {organisation ? `, ${organisation}` : ''}
          </Badge>
        ) : null}
        {pending ? <Badge color="warning">{label('pending')}</Badge> : null}
        {time && href ? (
          <Link href={href} color="neutral">
            <VisuallyHidden>{`${label('permalink')},`}</VisuallyHidden> {time}
          </Link>
        ) : (
          time
        )}
        {edited ? (
          <span title={formatDateTime(edited, absoluteTime)}>{label('edited')}</span>
        ) : null}
      </Meta>
      {node.replyTo ? (
        <Meta>{label('replyTo', { name: node.replyTo.author?.name ?? '' })}</Meta>
      ) : null}
      <CommentBody body={comment.body} lang={ownLang} />
      {!pending ? (
        <Actions>
          {thread.renderReplyForm ? (
            <Button
              ref={replyButton}
              variant="tertiary"
              size="sm"
              aria-expanded={replying}
              onClick={() => setReplying((r) => !r)}
            >
              {label('reply')}
            </Button>
          ) : null}
          {comment.votes || thread.onVote ? <Votes comment={comment} /> : null}
          {thread.openReport ? (
            <Button
              ref={reportButton}
              variant="tertiary"
              size="sm"
              onClick={() => thread.openReport?.(comment, reportButton.current)}
            >
              {label('report')}
            </Button>
          ) : null}
        </Actions>
      ) : null}
      {replying && thread.renderReplyForm
        ? thread.renderReplyForm(node, (returnFocus = true) => {
            setReplying(false);
            if (returnFocus) replyButton.current?.focus();
          })
        : null}
    </>
  );
}

// Fails closed: the body shows only for the visibilities that allow it (see commentVisibility).
function placeholderText(node: CommentNode, label: ThreadLabel) {
  if (node.visibility === 'published' || node.visibility === 'own-pending') return undefined;
  if (node.visibility === 'pending') return label('pending');
  if (node.visibility === 'deleted') return label('deleted');
  return label('hidden');
}

/**
 * One comment and the replies below it: the first `limit` comments of the branch in reading
 * order (itself first), the rest once the page reaches them.
 */
export const CommentItem = memo(function CommentItem({
  node,
  limit,
}: {
  node: CommentNode;
  limit: number;
}) {
  const thread = useThread();
  const { label } = thread;
  const { comment } = node;
  const [collapsed, setCollapsed] = useState(false);
  // When "show more" continues inside this branch, the branch opens, so that the first new
  // reply can take focus.
  const [limitSeen, setLimitSeen] = useState(limit);
  if (limit !== limitSeen) {
    setLimitSeen(limit);
    if (limit > limitSeen && collapsed) setCollapsed(false);
  }
  const replies: ReactNode[] = [];
  let offset = 1;
  for (const child of node.children) {
    if (offset >= limit) break;
    const size = 1 + child.descendantCount;
    replies.push(
      <CommentItem key={child.comment.id} node={child} limit={Math.min(size, limit - offset)} />,
    );
    offset += size;
  }
  const shownReplies = Math.min(node.descendantCount, limit - 1);
  const repliesId = useId();
  const placeholder = placeholderText(node, label);
  const name = typeof comment.author?.name === 'string' ? comment.author.name : '';
  const id = thread.elementId(comment);
  const official = comment.author?.role === 'official' || comment.author?.role === 'moderator';

  return (
    <Item>
      <Article
        id={id}
        ref={(el: HTMLElement | null) => thread.registerArticle(comment.id, el)}
        tabIndex={-1}
        aria-label={placeholder ? undefined : label('commentBy', { name })}
        data-official={official && !placeholder ? 'true' : undefined}
        data-placeholder={placeholder ? 'true' : undefined}
      >
        {placeholder ? <p>{placeholder}</p> : <CommentContent node={node} />}
      </Article>
      {replies.length > 0 ? (
        <>
          <Toggle>
            <Button
              variant="tertiary"
              size="sm"
              aria-expanded={!collapsed}
              aria-controls={repliesId}
              onClick={() => setCollapsed((c) => !c)}
            >
              {label(collapsed ? 'showReplies' : 'hideReplies', { count: shownReplies })}
            </Button>
          </Toggle>
          <List id={repliesId} hidden={collapsed}>
            {replies}
          </List>
        </>
      ) : null}
    </Item>
  );
});
