import { Card, staticCss, visuallyHidden } from '@samskap/react';
import { css, styled } from 'styled-components';
import { coverImage } from '../../shared/styles.js';

// The card, its hover state, focus ring and stretched link are Card's and CardLink's. Everything
// else is this one stylesheet over plain elements marked with `data-part`: a page of 1,000 cards
// then renders one styled component per part that needs a primitive (the badge, the heading, the
// link) and none for the rest.
//
// No `content-visibility: auto` here, though it would make a long list mount in a third of the
// time: Chromium leaves a card that has never been on screen out of the accessibility tree (an
// empty article, no heading, link or text), so a screen reader's list of headings or links
// would miss every card below the fold. Decision 22 has the figures and how it was checked.
// Not joined with `staticCss` (decision 25), though it takes in `${visuallyHidden}`: joined, it
// made the colour-scheme switch of a page of 1,000 cards half as slow again in Chromium
// (alternated bench runs: 87–90 ms as it is, 124 ms joined), for a cause not yet found. The
// server pays for it instead (decision 7).
export const Root = styled(Card)`
  gap: var(--sk-space-2);
  height: 100%;
  padding: var(--sk-space-4);
  overflow: hidden;

  &[data-variant='compact'] {
    padding: var(--sk-space-3);
  }

  /* The image runs to the card's edges: out over the padding, and a padding's worth of space
     (with the gap) below it. The width is set, not stretched, so a host's img reset cannot
     shrink it. */
  & > img {
    display: block;
    flex: none;
    box-sizing: border-box;
    width: calc(100% + 2 * var(--sk-space-4));
    max-width: none;
    height: auto;
    aspect-ratio: 16 / 9;
    margin: calc(-1 * var(--sk-space-4)) calc(-1 * var(--sk-space-4)) var(--sk-space-2);
    object-fit: cover;
    background: var(--sk-color-neutral-background-tinted);
  }

  /* The horizontal layout and the skeleton keep an image box and a text column. */
  &[data-variant='horizontal'],
  &[data-skeleton='true'] {
    gap: 0;
    padding: 0;
  }
  &[data-variant='horizontal'] {
    flex-direction: row;
    flex-wrap: wrap;
  }

  & [data-sr-only] {
    ${visuallyHidden}
  }

  & [data-stage] {
    align-self: flex-start;
  }

  & [data-part='summary'] {
    margin: 0;
    color: var(--sk-color-neutral-text);
    overflow-wrap: anywhere;
  }

  /* The facts wrap between parts, never inside "Startet: 2021". Each run of text between the
     hidden labels is a flex item of its own, so the gap falls between the parts. 'anywhere'
     rather than 'break-word': a flex item cannot shrink below its min-content, so with
     'break-word' a long organisation name runs out of the card. Plain flow instead of flex
     measured no cheaper to lay out (decision 24). */
  & [data-part='facts'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--sk-space-4);
    margin: 0;
    color: var(--sk-color-neutral-text-subtle);
    font-size: var(--sk-font-size-sm);
    overflow-wrap: anywhere;
  }
  & [data-part='launched'] {
    white-space: nowrap;
  }

  & [data-part='tags'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sk-space-1);
    margin: 0;
    margin-top: auto;
    padding: var(--sk-space-1) 0 0;
    list-style: none;
    font-size: var(--sk-font-size-sm);
  }
  & [data-part='tags'] > li {
    max-width: 100%;
    padding: 0 var(--sk-space-2);
    border: var(--sk-border-width-default) solid var(--sk-color-neutral-border);
    border-radius: var(--sk-radius-sm);
    background: var(--sk-color-neutral-background);
    color: var(--sk-color-neutral-text);
    overflow-wrap: anywhere;
  }
  & [data-part='tags'] > li[data-more='true'] {
    border-style: dashed;
    color: var(--sk-color-neutral-text-subtle);
  }
`;

// The image box of the horizontal layout and the skeleton.
export const Media = styled.div(
  staticCss(css`
  flex: none;
  aspect-ratio: 16 / 9;
  ${coverImage}

  /* Side by side when there is room, stacked when there is not, without a media query. */
  [data-variant='horizontal'] > & {
    flex: 1 1 12rem;
    aspect-ratio: auto;
    min-height: 8rem;
  }
`),
);

// The text column of the horizontal layout and the skeleton.
export const Body = styled.div`
  display: flex;
  flex: 1 1 auto;
  flex-direction: column;
  gap: var(--sk-space-2);
  min-width: 0;
  padding: var(--sk-space-4);

  [data-variant='horizontal'] > & {
    flex: 999 1 18rem;
  }
  [data-variant='compact'] > & {
    padding: var(--sk-space-3);
  }
`;
