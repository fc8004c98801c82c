import { Badge, type BadgeProps, VisuallyHidden } from '@samskap/react';
import { forwardRef } from 'react';
import type { StatusLabels } from '../labels.js';
import { useStatusText } from '../labels.js';
import { type ProgressStatus, statusColor } from '../model.js';

export interface StatusBadgeProps extends Omit<BadgeProps, 'color' | 'children'> {
  /**
   * The status: `received`, `under-evaluation`, `accepted`, `rejected`, `withdrawn`,
   * `implemented`, or one of the six innovation stages. Anything else is shown as "Unknown
   * status" (with a warning in development).
   */
  status: ProgressStatus | (string & {});
  /**
   * Read before the status by screen readers ("Status: Avslått", "Fase: Evaluere"), so the badge
   * makes sense out of context. Turn it off where a heading already says what it is.
   * @default true
   */
  spokenPrefix?: boolean;
  /** Overrides of the built-in strings: each status's name, `status`, `stage` and `unknown`. */
  labels?: StatusLabels;
}

/**
 * The status of an idea, a tip or a case as a badge. The status is always written out; the
 * colour only groups statuses, so nothing is told by colour alone.
 */
export const StatusBadge = forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge(
  { status, spokenPrefix = true, labels, ...rest },
  ref,
) {
  const name = useStatusText('StatusBadge', labels)(status);
  return (
    <Badge
      ref={ref}
      color={name.known ? statusColor[name.known] : 'neutral'}
      data-status={name.known ?? 'unknown'}
      {...rest}
    >
      {spokenPrefix ? <VisuallyHidden>{`${name.prefix}: `}</VisuallyHidden> : null}
      {name.text}
    </Badge>
  );
});
