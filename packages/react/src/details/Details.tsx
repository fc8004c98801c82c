import { type DetailsHTMLAttributes, forwardRef, type ReactNode } from 'react';
import { Icon } from '../icon/Icon.js';
import { Body, StyledDetails, Summary } from './Details.styles.js';

export interface DetailsProps extends DetailsHTMLAttributes<HTMLDetailsElement> {
  /** The always-visible text that opens and closes the content. Keep it short and specific. */
  summary: ReactNode;
  /** The content shown when open. */
  children: ReactNode;
}

/**
 * A disclosure on the native `details` and `summary`: the browser gives it its role, its
 * expanded state, keyboard support (Enter and Space) and find-in-page for closed content.
 * `open` and `onToggle` pass through.
 */
export const Details = forwardRef<HTMLDetailsElement, DetailsProps>(function Details(
  { summary, children, ...rest },
  ref,
) {
  return (
    <StyledDetails ref={ref} {...rest}>
      <Summary>
        <Icon name="chevron-right" />
        {summary}
      </Summary>
      <Body>{children}</Body>
    </StyledDetails>
  );
});
