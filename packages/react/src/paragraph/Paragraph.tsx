import { forwardRef, type HTMLAttributes } from 'react';
import { StyledParagraph } from './Paragraph.styles.js';

export interface ParagraphProps extends HTMLAttributes<HTMLParagraphElement> {
  /**
   * `lg` for an ingress (lead paragraph), `sm` for fine print.
   * @default 'md'
   */
  size?: 'sm' | 'md' | 'lg';
  /**
   * `subtle` for secondary text (dates, metadata); it still meets 4.5:1 contrast.
   * @default 'default'
   */
  variant?: 'default' | 'subtle';
}

/**
 * A paragraph of body text, kept to a readable line length. Set `lang` when the text is in
 * another language than the page (WCAG 3.1.2).
 */
export const Paragraph = forwardRef<HTMLParagraphElement, ParagraphProps>(function Paragraph(
  { size = 'md', variant = 'default', ...rest },
  ref,
) {
  return <StyledParagraph ref={ref} data-size={size} data-variant={variant} {...rest} />;
});
