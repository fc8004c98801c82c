import { forwardRef, type HTMLAttributes } from 'react';
import { StyledBadge } from './Badge.styles.js';

export type BadgeColor = 'neutral' | 'accent' | 'info' | 'success' | 'warning' | 'danger';

export interface BadgeProps extends HTMLAttributes<HTMLSpanElement> {
  /**
   * The colour. Colour is never the only cue: the text must say what the badge means
   * ("Avsluttet", "3 nye").
   * @default 'neutral'
   */
  color?: BadgeColor;
  /**
   * `subtle` is a tinted surface with coloured text; `strong` a solid fill, for the one badge
   * that must stand out.
   * @default 'subtle'
   */
  variant?: 'subtle' | 'strong';
  /** @default 'md' */
  size?: 'sm' | 'md';
}

/** A short status or count shown beside something else ("Ny", "Under arbeid", "12"). Not interactive. */
export const Badge = forwardRef<HTMLSpanElement, BadgeProps>(function Badge(
  { color = 'neutral', variant = 'subtle', size = 'md', ...rest },
  ref,
) {
  return (
    <StyledBadge ref={ref} data-color={color} data-variant={variant} data-size={size} {...rest} />
  );
});
