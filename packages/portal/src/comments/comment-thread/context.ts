import type { SamskapFormatters } from '@samskap/i18n';
import { createContext, type ReactNode, useContext } from 'react';
import type { PortalComment } from '../model.js';
import type { CommentNode } from '../tree.js';
import type { ThreadLabel } from './labels.js';

export type CommentVote = 'up' | 'down';

/** What every comment in a thread shares. Kept stable so that a comment re-renders only when its own data does. */
export interface ThreadContextValue {
  label: ThreadLabel;
  /** The page's language tag, to compare with a comment's own. */
  pageTag: string;
  formatRelativeTime: SamskapFormatters['formatRelativeTime'];
  formatDateTime: SamskapFormatters['formatDateTime'];
  now: number | undefined;
  elementId: (comment: PortalComment) => string;
  permalink: (comment: PortalComment) => string | undefined;
  headingLevel: number;
  /** The longest body shown, in characters; longer ones are cut. */
  maxBodyLength: number;
  onVote?: (commentId: string, vote: CommentVote | undefined) => void;
  openReport?: (comment: PortalComment, opener: HTMLElement | null) => void;
  /** The reply form for a comment, or undefined when replying is off. */
  renderReplyForm?: (node: CommentNode, close: (returnFocus?: boolean) => void) => ReactNode;
  registerArticle: (id: string, element: HTMLElement | null) => void;
}

export const ThreadContext = createContext<ThreadContextValue | null>(null);

export function useThread(): ThreadContextValue {
  const value = useContext(ThreadContext);
  if (!value) throw new Error('A comment must be rendered inside CommentThread.');
  return value;
}
