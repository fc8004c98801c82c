import { Icon, ToggleButton, VisuallyHidden } from '@samskap/react';
import { useEffect, useState } from 'react';
import type { PortalComment } from '../model.js';
import { type CommentVote, useThread } from './context.js';

function count(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.round(n)) : 0;
}

/** The up and down votes of one comment, as toggle buttons: the reader sees their own vote. */
export function Votes({ comment }: { comment: PortalComment }) {
  const { label, onVote } = useThread();
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
      <ToggleButton
        variant="tertiary"
        size="sm"
        pressed={mine === 'up'}
        onPressedChange={() => vote('up')}
        icon={<Icon name="arrow-up" />}
      >
        <VisuallyHidden>{label('voteUp')}</VisuallyHidden> {up}
      </ToggleButton>
      <ToggleButton
        variant="tertiary"
        size="sm"
        pressed={mine === 'down'}
        onPressedChange={() => vote('down')}
        icon={<Icon name="arrow-down" />}
      >
        <VisuallyHidden>{label('voteDown')}</VisuallyHidden> {down}
      </ToggleButton>
    </>
  );
}
