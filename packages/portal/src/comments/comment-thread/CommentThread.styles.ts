import { focusRing, staticCss } from '@samskap/react';
import { css, styled } from 'styled-components';

export const Root = styled.section`
  max-width: var(--sk-content-width-text);
  color: var(--sk-color-neutral-text);
  font-family: var(--sk-font-family-body);
  line-height: var(--sk-font-line-height-body);
`;

export const Header = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  justify-content: space-between;
  gap: var(--sk-space-3) var(--sk-space-5);
  margin-block-end: var(--sk-space-5);
`;

/** The sort select keeps its natural width beside the heading. */
export const SortField = styled.div`
  flex: 0 1 14rem;
  min-width: 0;
`;

export const Empty = styled.p`
  margin: 0;
  color: var(--sk-color-neutral-text-subtle);
`;

export const List = styled.ol`
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-4);

  & & {
    margin-block-start: var(--sk-space-3);
    padding-inline-start: var(--sk-space-4);
    border-inline-start: var(--sk-border-width-strong) solid var(--sk-color-neutral-border-subtle);
  }
  &[hidden] {
    display: none;
  }
  @media (min-width: 40rem) {
    & & {
      padding-inline-start: var(--sk-space-5);
    }
  }
`;

export const Item = styled.li`
  min-width: 0;
`;

export const Article = styled.article(
  staticCss(css`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-2);
  padding: var(--sk-space-3) var(--sk-space-4);
  border: var(--sk-border-width-default) solid var(--sk-color-neutral-border-subtle);
  border-radius: var(--sk-radius-md);
  background: var(--sk-color-neutral-background);
  scroll-margin-block: var(--sk-space-8);
  /* A long thread lays out and paints only the comments near the screen; the rest stay in the
     accessibility tree and in find-in-page. */
  content-visibility: auto;
  contain-intrinsic-size: auto 9rem;

  &[data-official='true'] {
    border-color: var(--sk-color-accent-border-strong);
    border-inline-start-width: 0.375rem;
  }
  &[data-placeholder='true'] {
    border-style: dashed;
    background: var(--sk-color-neutral-surface);
    color: var(--sk-color-neutral-text-subtle);
    font-style: italic;
  }
  &:focus-visible {
    ${focusRing}
  }
  &:target {
    border-color: var(--sk-color-accent-border-strong);
    border-width: var(--sk-border-width-strong);
  }
  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`),
);

export const Meta = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--sk-space-1) var(--sk-space-3);
  font-size: var(--sk-font-size-sm);
  color: var(--sk-color-neutral-text-subtle);
`;

export const Author = styled.span`
  color: var(--sk-color-neutral-text);
  font-size: var(--sk-font-size-md);
  font-weight: var(--sk-font-weight-bold);
  overflow-wrap: anywhere;
`;

export const Body = styled.p`
  margin: 0;
  overflow-wrap: anywhere;
  word-break: break-word;
`;

export const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--sk-space-1) var(--sk-space-2);
`;

export const Toggle = styled.div`
  margin-block-start: var(--sk-space-2);
`;

export const More = styled.div`
  margin-block-start: var(--sk-space-5);
`;
