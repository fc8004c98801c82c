import { focusRing } from '@samskap/react';
import { styled } from 'styled-components';

export const Root = styled.article`
  position: relative;
  display: flex;
  flex-direction: column;
  box-sizing: border-box;
  min-width: 0;
  height: 100%;
  overflow: hidden;
  border: var(--sk-border-width-default) solid var(--sk-color-neutral-border-subtle);
  border-radius: var(--sk-radius-lg);
  background: var(--sk-color-neutral-surface);
  color: var(--sk-color-neutral-text);
  font-family: var(--sk-font-family-body);
  line-height: var(--sk-font-line-height-body);
  transition: border-color var(--sk-motion-duration-fast) var(--sk-motion-easing-standard);

  &:has(a:hover) {
    border-color: var(--sk-color-accent-border-strong);
  }
  &:focus-within:has(a:focus-visible) {
    ${focusRing}
  }

  &[data-variant='horizontal'] {
    flex-direction: row;
    flex-wrap: wrap;
  }

  @media (prefers-reduced-motion: reduce) {
    transition: none;
  }
  @media (forced-colors: active) {
    border-color: CanvasText;
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

export const Title = styled.h3`
  margin: 0;
  font-family: var(--sk-font-family-heading);
  font-size: var(--sk-font-size-lg);
  font-weight: var(--sk-font-weight-bold);
  line-height: var(--sk-font-line-height-tight);
  overflow-wrap: anywhere;

  [data-variant='compact'] & {
    font-size: var(--sk-font-size-md);
  }
`;

export const TitleLink = styled.a`
  color: var(--sk-color-accent-text);
  text-decoration: underline;
  text-decoration-thickness: 0.0625em;
  text-underline-offset: 0.15em;

  /* The whole card is the link's click target; the link stays the card's one focus stop. */
  &::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }
  &:hover {
    text-decoration-thickness: 0.125em;
  }
  &:focus-visible {
    outline: none;
  }
  /* Without :has() support the ring goes on the link itself. */
  @supports not selector(:has(a)) {
    &:focus-visible {
      ${focusRing}
    }
  }
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
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
`;
