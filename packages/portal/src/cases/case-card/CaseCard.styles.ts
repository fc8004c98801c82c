import { Card, visuallyHidden } from '@samskap/react';
import { styled } from 'styled-components';
import { CardTitle } from '../../shared/CardTitle.js';

// The card, its hover state, focus ring and stretched link are Card's and CardLink's; the case
// card only lays out an image that runs to the card's edge.
export const Root = styled(Card)`
  gap: 0;
  height: 100%;
  padding: 0;
  overflow: hidden;

  &[data-variant='horizontal'] {
    flex-direction: row;
    flex-wrap: wrap;
  }
`;

export const Media = styled.div`
  flex: none;
  aspect-ratio: 16 / 9;
  background: var(--sk-color-neutral-background-tinted);

  & img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  /* Side by side when there is room, stacked when there is not, without a media query. */
  [data-variant='horizontal'] > & {
    flex: 1 1 12rem;
    aspect-ratio: auto;
    min-height: 8rem;
  }
`;

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

export const Title = styled(CardTitle)`
  overflow-wrap: anywhere;
`;

export const Summary = styled.p`
  margin: 0;
  color: var(--sk-color-neutral-text);
  overflow-wrap: anywhere;
`;

export const StageLine = styled.p`
  margin: 0;
  overflow-wrap: anywhere;
`;

export const Meta = styled.dl`
  margin: 0;
  color: var(--sk-color-neutral-text-subtle);
  font-size: var(--sk-font-size-sm);

  /* One line of text that wraps between pairs: terms and values sit in the list directly,
     without a wrapper element per pair. A shown term keeps to its value ("Startet: 2021"
     has no break opportunity after the colon). */
  & dt[data-visible='true'],
  & dd {
    display: inline;
  }
  & dt[data-visible='true'] {
    margin-inline-end: var(--sk-space-1);
  }
  & dt[data-visible='true']::after {
    content: ':';
  }
  & dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  & dd:not(:last-child) {
    margin-inline-end: var(--sk-space-4);
  }
  /* The place where the line may wrap between one pair and the next. */
  & dd:not(:last-child)::after {
    content: ' ';
  }
`;

export const Tags = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-1);
  margin: 0;
  margin-top: auto;
  padding: var(--sk-space-1) 0 0;
  list-style: none;
  font-size: var(--sk-font-size-sm);

  & > li {
    max-width: 100%;
    padding: 0 var(--sk-space-2);
    border: var(--sk-border-width-default) solid var(--sk-color-neutral-border);
    border-radius: var(--sk-radius-sm);
    background: var(--sk-color-neutral-background);
    color: var(--sk-color-neutral-text);
    overflow-wrap: anywhere;
  }
  & > li[data-more='true'] {
    border-style: dashed;
    color: var(--sk-color-neutral-text-subtle);
  }
`;

/** A term read by screen readers and not shown: the value speaks for itself on screen. */
export const HiddenTerm = styled.dt`
  ${visuallyHidden}
`;
