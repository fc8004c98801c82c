import { forwardRef, type HTMLAttributes } from 'react';
import { StyledDivider } from './Divider.styles.js';

export interface DividerProps extends HTMLAttributes<HTMLHRElement> {
  /**
   * Space above and below.
   * @default 'md'
   */
  spacing?: 'none' | 'sm' | 'md' | 'lg';
  /**
   * A darker line, for a divider that must be seen (3:1 against the background).
   * @default false
   */
  strong?: boolean;
  /**
   * Only a visual line, not a break in the content: hidden from screen readers.
   * @default false
   */
  decorative?: boolean;
}

/** A line between sections (`hr`, a separator), or a purely visual one with `decorative`. */
export const Divider = forwardRef<HTMLHRElement, DividerProps>(function Divider(
  { spacing = 'md', strong = false, decorative = false, ...rest },
  ref,
) {
  return (
    <StyledDivider
      ref={ref}
      data-spacing={spacing}
      data-strong={strong ? 'true' : undefined}
      aria-hidden={decorative || undefined}
      {...rest}
    />
  );
});
