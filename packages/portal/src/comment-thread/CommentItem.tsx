import { Badge, Button, safeUrl, VisuallyHidden } from '@samskap/react';
import { Fragment, memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PortalComment } from '../comments/model.js';
import { bodySegments } from '../comments/segments.js';
import type { CommentNode } from '../comments/tree.js';
import {
  Actions,
  Article,
  Author,
  Body,
  Item,
  List,
  Meta,
  Permalink,
  Toggle,
  VoteIcon,
} from './CommentThread.styles.js';
import { type CommentVote, useThread } from './context.js';

/** A language tag a browser accepts, or undefined for junk from data. */
function validLanguage(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > 35) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

function primary(tag: string): string {
  const p = tag.toLowerCase().split('-')[0] ?? '';
  // "no" is the macrolanguage; a bokmål page is not a language change for it.
  return p === 'no' ? 'nb' : p;
}

function isoOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

function count(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.round(n)) : 0;
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
            <a key={key} href={segment.href} rel="nofollow ugc noopener">
              {segment.text}
            </a>
          );
        }
        return <Fragment key={key}>{segment.text}</Fragment>;
      })}
    </Body>
  );
}

function Votes({ comment }: { comment: PortalComment }) {
  const { labels, onVote } = useThread();
  const base = comment.votes;
  // Shown at once; the host's updated comment replaces it when it arrives.
  const [mine, setMine] = useState(base?.mine);
  useEffect(() => setMine(base?.mine), [base?.mine]);
  const up = count(base?.up) + (mine === 'up' ? 1 : 0) - (base?.mine === 'up' ? 1 : 0);
  const down = count(base?.down) + (mine === 'down' ? 1 : 0) - (base?.mine === 'down' ? 1 : 0);
  const vote = (direction: CommentVote) => {
    const next = mine === direction ? undefined : direction;
    setMine(next);
    onVote?.(comment.id, next);
  };
  return (
    <>
      <Button
        variant="tertiary"
        size="sm"
        aria-pressed={mine === 'up'}
        onClick={() => vote('up')}
        icon={<VoteIcon aria-hidden="true" data-direction="up" />}
      >
        <VisuallyHidden>{labels.voteUp}</VisuallyHidden> {up}
      </Button>
      <Button
        variant="tertiary"
        size="sm"
        aria-pressed={mine === 'down'}
        onClick={() => vote('down')}
        icon={<VoteIcon aria-hidden="true" data-direction="down" />}
      >
        <VisuallyHidden>{labels.voteDown}</VisuallyHidden> {down}
      </Button>
    </>
  );
}

function CommentContent({ node }: { node: CommentNode }) {
  const thread = useThread();
  const { labels, formatRelativeTime, formatDateTime, now } = thread;
  const { comment } = node;
  const author = comment.author ?? { name: '' };
  const name = typeof author.name === 'string' ? author.name : '';
  const iso = isoOf(comment.createdAt);
  const edited = isoOf(comment.editedAt);
  const lang = validLanguage(comment.language);
  const ownLang = lang && primary(lang) !== thread.pageLanguage ? lang : undefined;
  const href = thread.permalink(comment);
  const pending = comment.status === 'pending';
  const organisation = typeof author.organisation === 'string' ? author.organisation.trim() : '';
  const [replying, setReplying] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  const reportButton = useRef<HTMLButtonElement>(null);

  const absolute = iso ? formatDateTime(iso) : '';
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
            {organisation ? labels.official(organisation) : labels.officialUnnamed}
          </Badge>
        ) : null}
        {author.role === 'moderator' ? (
          <Badge color="accent">
            {labels.moderator}
            {organisation ? `, ${organisation}` : ''}
          </Badge>
        ) : null}
        {pending ? <Badge color="warning">{labels.pending}</Badge> : null}
        {time && href ? (
          <Permalink href={href}>
            <VisuallyHidden>{`${labels.permalink},`}</VisuallyHidden> {time}
          </Permalink>
        ) : (
          time
        )}
        {edited ? <span title={formatDateTime(edited)}>{labels.edited}</span> : null}
      </Meta>
      {node.replyTo ? <Meta>{labels.replyTo(node.replyTo.author?.name ?? '')}</Meta> : null}
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
              {labels.reply}
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
              {labels.report}
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
function placeholderText(node: CommentNode, labels: ReturnType<typeof useThread>['labels']) {
  if (node.visibility === 'published' || node.visibility === 'own-pending') return undefined;
  if (node.visibility === 'pending') return labels.pending;
  if (node.visibility === 'deleted') return labels.deleted;
  return labels.hidden;
}

/** One comment and the replies below it. */
export const CommentItem = memo(function CommentItem({ node }: { node: CommentNode }) {
  const thread = useThread();
  const { labels } = thread;
  const { comment } = node;
  const [collapsed, setCollapsed] = useState(false);
  const repliesId = useId();
  const placeholder = placeholderText(node, labels);
  const name = typeof comment.author?.name === 'string' ? comment.author.name : '';
  const id = thread.elementId(comment);
  const official = comment.author?.role === 'official' || comment.author?.role === 'moderator';

  return (
    <Item>
      <Article
        id={id}
        ref={(el: HTMLElement | null) => thread.registerArticle(comment.id, el)}
        tabIndex={-1}
        aria-label={placeholder ? undefined : labels.commentBy(name)}
        data-official={official && !placeholder ? 'true' : undefined}
        data-placeholder={placeholder ? 'true' : undefined}
      >
        {placeholder ? <p>{placeholder}</p> : <CommentContent node={node} />}
      </Article>
      {node.children.length > 0 ? (
        <>
          <Toggle>
            <Button
              variant="tertiary"
              size="sm"
              aria-expanded={!collapsed}
              aria-controls={repliesId}
              onClick={() => setCollapsed((c) => !c)}
            >
              {collapsed
                ? labels.showReplies(node.descendantCount)
                : labels.hideReplies(node.descendantCount)}
            </Button>
          </Toggle>
          <List id={repliesId} hidden={collapsed}>
            {node.children.map((child) => (
              <CommentItem key={child.comment.id} node={child} />
            ))}
          </List>
        </>
      ) : null}
    </Item>
  );
});
