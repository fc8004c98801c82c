import { forwardRef, type HTMLAttributes } from 'react';
import { type LinkProps, withRel } from '../link/Link.js';
import { safeUrl } from '../utils/safeUrl.js';
import { StyledCard, StyledCardAnchor, StyledCardLink } from './Card.styles.js';

const ugcRel = ['nofollow', 'ugc', 'noopener'] as const;

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
  // Only a link to a new tab needs Link's extras (an icon, a hidden "(opens in a new tab)" from
  // the labels). Every other card link is one styled anchor with what Link would give it: a
  // cards page renders hundreds of these, so it skips Link's hook and its second styled layer.
  if (props.target === '_blank') {
    return <StyledCardLink ref={ref} data-sk-card-link="" {...props} />;
  }
  const { href, color = 'accent', ugc = false, labels: _labels, rel, ...rest } = props;
  return (
    <StyledCardAnchor
      ref={ref}
      href={safeUrl(href)}
      rel={ugc || rel ? withRel(rel, ugc ? ugcRel : []) : undefined}
      data-color={color === 'accent' ? undefined : color}
      data-sk-card-link=""
      {...rest}
    />
  );
});
