import { forwardRef, type HTMLAttributes } from 'react';
import { Hidden } from './VisuallyHidden.styles.js';

export interface VisuallyHiddenProps extends HTMLAttributes<HTMLSpanElement> {
  /**
   * Show the content while it or something inside it has focus (for skip links and the like).
   * @default false
   */
  focusable?: boolean;
}

/** Content for screen readers only: read aloud, not shown. */
export const VisuallyHidden = forwardRef<HTMLSpanElement, VisuallyHiddenProps>(
  function VisuallyHidden({ focusable = false, ...rest }, ref) {
    return <Hidden ref={ref} data-focusable={focusable ? 'true' : undefined} {...rest} />;
  },
);
