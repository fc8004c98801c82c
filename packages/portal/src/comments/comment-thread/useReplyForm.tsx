import { announce, type HeadingLevel, subheadingLevel } from '@samskap/react';
import { type MutableRefObject, type ReactNode, useCallback, useRef } from 'react';
import { CommentForm, type CommentFormProps } from '../comment-form/CommentForm.js';
import type { CommentSubmission, CommentSubmitResult } from '../comment-form/useCommentForm.js';
import type { PortalComment } from '../model.js';
import type { CommentNode } from '../tree.js';

export type ReplyHandler = (
  submission: CommentSubmission,
  parent: PortalComment,
  // biome-ignore lint/suspicious/noConfusingVoidType: lets a host pass `async () => { await post() }`
) => Promise<(CommentSubmitResult & { id?: string }) | void>;

export type ReplyFormProps = Omit<CommentFormProps, 'onSubmit' | 'replyTo' | 'onCancelReply'>;

interface ReplyOptions {
  onReply: ReplyHandler | undefined;
  replyFormProps: ReplyFormProps | undefined;
  headingLevel: HeadingLevel;
  /** Said when a reply is posted, in the page's language. */
  replyPosted: () => string;
  lang: string;
  /** Focuses a comment now if it is on screen, else once it is rendered. */
  focusComment: (id: string) => void;
}

/**
 * The thread's reply flow: a `CommentForm` in place under a comment, and once the host has
 * posted the reply (and given its id), the form closes and focus moves to the new reply.
 * Everything is read through refs, so the returned function stays the same between renders and
 * the comments do not re-render when a host passes new callbacks.
 */
export function useReplyForm(
  options: ReplyOptions,
): ((node: CommentNode, close: (returnFocus?: boolean) => void) => ReactNode) | undefined {
  const latest: MutableRefObject<ReplyOptions> = useRef(options);
  latest.current = options;
  // The id the host gave a posted reply, by the comment it answers; read when the form succeeds.
  const posted = useRef(new Map<string, string>());
  const canReply = options.onReply !== undefined;
  const render = useCallback((node: CommentNode, close: (returnFocus?: boolean) => void) => {
    const { replyFormProps, headingLevel } = latest.current;
    return (
      <CommentForm
        {...replyFormProps}
        // A reply form's heading sits one level below the thread's.
        headingLevel={subheadingLevel(headingLevel)}
        replyTo={node.comment}
        onCancelReply={close}
        onSubmit={async (submission) => {
          const result = await latest.current.onReply?.(submission, node.comment);
          const id = result && typeof result.id === 'string' ? result.id : undefined;
          if (id) posted.current.set(node.comment.id, id);
          return result ? { fieldErrors: result.fieldErrors } : undefined;
        }}
        onSuccess={() => {
          // With the new reply's id, the form closes and focus goes to the reply once the host
          // has added it; without one the form stays with its confirmation.
          const postedId = posted.current.get(node.comment.id);
          if (!postedId) return;
          posted.current.delete(node.comment.id);
          announce(latest.current.replyPosted(), { lang: latest.current.lang });
          close(false);
          latest.current.focusComment(postedId);
        }}
      />
    );
  }, []);
  return canReply ? render : undefined;
}
