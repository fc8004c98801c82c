import { forwardRef, type HTMLAttributes } from 'react';
import type { LinkProps } from '../link/Link.js';
import { safeUrl } from '../utils/safeUrl.js';
import { StyledCard, StyledCardAnchor, StyledCardLink } from './Card.styles.js';

export interface CardProps extends HTMLAttributes<HTMLElement> {
  /**
   * The element. `article` for a self-contained item (a case, an event); `li` when the cards
   * are items of a list.
   * @default 'article'
   */
  as?: 'article' | 'section' | 'div' | 'li';
  /** @default 'outlined' */
  variant?: 'outlined' | 'tinted';
}

/**
 * A box that groups one item's content. To make the whole card clickable, put one
 * `CardLink` inside its heading: the link's overlay covers the card, so there is one link (named
 * by the heading) and no interactive element is nested in another. Other links and buttons in
 * the card stay clickable above the overlay.
 *
 * ```tsx
 * <Card>
 *   <Heading level={3}><CardLink href="/saker/1">Ny barnehage</CardLink></Heading>
 *   <Paragraph>...</Paragraph>
 * </Card>
 * ```
 */
export const Card = forwardRef<HTMLElement, CardProps>(function Card(
  { as = 'article', variant = 'outlined', ...rest },
  ref,
) {
  // biome-ignore lint/suspicious/noExplicitAny: the ref type follows the element chosen by `as`
  return <StyledCard ref={ref as any} as={as} data-variant={variant} {...rest} />;
});

export type CardLinkProps = LinkProps;

/**
 * The card's one link: put it inside the card's heading. Its `href` passes through `safeUrl`.
 * Text in the card cannot be selected by dragging across the overlay; that is the cost of a
 * card-wide target.
 */
export const CardLink = forwardRef<HTMLAnchorElement, CardLinkProps>(function CardLink(props, ref) {
  // A plain card link (no new tab, no rel, no colour) is one styled anchor: a cards page renders
  // hundreds, so it skips Link's hook and second styled layer. Anything else goes through Link.
  const { href, target, rel, color, ugc, labels, ...rest } = props;
  if (target || rel || color || ugc || labels) {
    return <StyledCardLink ref={ref} data-sk-card-link="" {...props} />;
  }
  return <StyledCardAnchor ref={ref} href={safeUrl(href)} data-sk-card-link="" {...rest} />;
});
