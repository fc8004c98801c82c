import { type CSSProperties, forwardRef, type HTMLAttributes } from 'react';
import { Lines, StyledSkeleton } from './Skeleton.styles.js';

export interface SkeletonProps extends HTMLAttributes<HTMLSpanElement> {
  /**
   * The shape: lines of `text`, a `rectangle` (an image, a card) or a `circle` (an avatar).
   * @default 'text'
   */
  variant?: 'text' | 'rectangle' | 'circle';
  /** Width as a CSS length (`'12rem'`, `'100%'`). Text fills its container by default. */
  width?: string;
  /** Height as a CSS length. Text is one line high by default. */
  height?: string;
  /**
   * Lines of text to show, the last one shorter.
   * @default 1
   */
  lines?: number;
}

/**
 * A placeholder shaped like content that is loading. It is hidden from screen readers: set
 * `aria-busy="true"` on the region that is loading and announce when it is ready, so there is
 * one message, not one per grey box.
 */
export const Skeleton = forwardRef<HTMLSpanElement, SkeletonProps>(function Skeleton(
  { variant = 'text', width, height, lines = 1, style, ...rest },
  ref,
) {
  const size: CSSProperties = { width, height, ...style };
  if (variant === 'text' && lines > 1) {
    return (
      <Lines ref={ref} aria-hidden="true" style={{ width, ...style }} {...rest}>
        {Array.from({ length: lines }, (_, line) => line).map((i) => (
          <StyledSkeleton
            key={i}
            data-variant="text"
            data-last={i === lines - 1 ? 'true' : undefined}
            style={{ height }}
          />
        ))}
      </Lines>
    );
  }
  return (
    <StyledSkeleton ref={ref} aria-hidden="true" data-variant={variant} style={size} {...rest} />
  );
});
