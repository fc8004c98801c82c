import { css, styled } from 'styled-components';
import { Link } from '../link/Link.js';
import { StyledLink } from '../link/Link.styles.js';
import { staticCss } from '../utils/staticCss.js';

export const StyledCard = styled.article`
  position: relative;
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-3);
  box-sizing: border-box;
  min-width: 0;
  padding: var(--sk-space-5);
  border: var(--sk-border-width-default) solid var(--sk-color-neutral-border-subtle);
  border-radius: var(--sk-radius-lg);
  background: var(--sk-color-neutral-background);
  color: var(--sk-color-neutral-text);
  overflow-wrap: break-word;
  list-style: none;
  /*
   * Only the hover shadow fades in. A colour transition would also run on every card when the
   * colour scheme or theme changes, which made a scheme switch with 1,000 cards cost about 40%
   * more (each card started its own transition); the border colour changes at once.
   */
  transition: box-shadow var(--sk-motion-duration-fast) var(--sk-motion-easing-standard);

  &[data-variant='tinted'] {
    background: var(--sk-color-neutral-background-tinted);
  }

  /* The card is clickable through its link's overlay; show that on hover. */
  &:has([data-sk-card-link]:hover) {
    border-color: var(--sk-color-accent-border-strong);
    box-shadow: var(--sk-shadow-md);
  }

  /*
   * Every other control in the card sits above the link's overlay, so it stays clickable and
   * the overlay never swallows its clicks.
   */
  & :where(a, button, input, select, textarea, summary, label, [tabindex]):not([data-sk-card-link]) {
    position: relative;
    z-index: 1;
  }

  @media (prefers-reduced-motion: reduce) {
    transition: none;
  }
  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;

// What makes a link the card's link, shared by both forms of it below.
const cardLink = css`
  color: var(--sk-color-accent-text);
  text-decoration: underline;
  text-decoration-thickness: 0.0625em;
  text-underline-offset: 0.2em;

  /* The stretched link: its overlay covers the whole card, so the card is one big target. */
  &::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--sk-radius-lg);
  }

  &:hover {
    text-decoration-thickness: 0.125em;
  }
  /* The focus ring goes round the whole card, which is what a click would follow. */
  &:focus-visible {
    outline: none;
    box-shadow: none;
  }
  &:focus-visible::after {
    outline: var(--sk-focus-width) solid var(--sk-color-focus-outer);
    outline-offset: var(--sk-focus-offset);
    box-shadow: 0 0 0 var(--sk-focus-offset) var(--sk-color-focus-inner);
  }
  @media (forced-colors: active) {
    &:focus-visible::after {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;

// The card link that opens a new tab: Link's icon and hidden "(opens in a new tab)" are needed.
export const StyledCardLink = styled(Link)(staticCss(cardLink));

// Every other card link: Link's own anchor styles and the card link's in one styled element, so
// a list of 1,000 cards renders one component per link instead of three, and calls no hook.
export const StyledCardAnchor = styled(StyledLink)(staticCss(cardLink));
