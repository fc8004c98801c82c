import { forwardRef, type HTMLAttributes } from 'react';
import { StyledHeading } from './Heading.styles.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
/**
 * The level for headings inside a part whose own heading is at `level`: one deeper, and never
 * past `h6`, so a pattern placed deep in a page still has a valid outline.
 */
export function subheadingLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(6, level + 1) as HeadingLevel;
}

export type HeadingSize = 'xs' | 'sm' | 'md' | 'lg' | 'xl' | '2xl';

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /**
   * The heading's place in the page outline (`h1`–`h6`). Choose it from the structure, never
   * from the look: screen-reader users jump between headings by level.
   */
  level: HeadingLevel;
  /** How big it looks. Defaults to a size that matches `level`. */
  size?: HeadingSize;
}

const sizeForLevel: Record<HeadingLevel, HeadingSize> = {
  1: '2xl',
  2: 'xl',
  3: 'lg',
  4: 'md',
  5: 'sm',
  6: 'xs',
};

/** A heading whose semantic level and visual size are set apart. */
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading(
  { level, size, ...rest },
  ref,
) {
  return (
    <StyledHeading
      ref={ref}
      as={`h${level}` as const}
      data-size={size ?? sizeForLevel[level]}
      {...rest}
    />
  );
});
