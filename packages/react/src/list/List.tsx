import { forwardRef, type HTMLAttributes } from 'react';
import { StyledList } from './List.styles.js';

export interface ListProps extends HTMLAttributes<HTMLUListElement | HTMLOListElement> {
  /**
   * A numbered list (`ol`), for steps and rankings where order matters.
   * @default false
   */
  ordered?: boolean;
  /** @default 'md' */
  size?: 'sm' | 'md' | 'lg';
  /** The first number of an ordered list. */
  start?: number;
}

/** A bulleted or numbered list. Its children are `li` elements. */
export const List = forwardRef<HTMLUListElement | HTMLOListElement, ListProps>(function List(
  { ordered = false, size = 'md', start, ...rest },
  ref,
) {
  return (
    <StyledList
      // biome-ignore lint/suspicious/noExplicitAny: the ref type follows the element chosen by `as`
      ref={ref as any}
      as={ordered ? 'ol' : 'ul'}
      start={ordered ? start : undefined}
      data-size={size}
      {...rest}
    />
  );
});
