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
  /**
   * Without markers and indent: a stack of items that are a list to a screen reader but need no
   * bullet on screen, such as a list of links or files.
   * @default false
   */
  plain?: boolean;
}

/** A bulleted, numbered or plain list. Its children are `li` elements. */
export const List = forwardRef<HTMLUListElement | HTMLOListElement, ListProps>(function List(
  { ordered = false, size = 'md', start, plain = false, ...rest },
  ref,
) {
  return (
    <StyledList
      // biome-ignore lint/suspicious/noExplicitAny: the ref type follows the element chosen by `as`
      ref={ref as any}
      as={ordered ? 'ol' : 'ul'}
      start={ordered ? start : undefined}
      data-size={size}
      data-plain={plain ? '' : undefined}
      {...rest}
    />
  );
});
