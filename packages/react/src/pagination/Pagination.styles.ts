import { css, styled } from 'styled-components';
import { focusRing } from '../utils/focus.js';
import { staticCss } from '../utils/staticCss.js';

export const Nav = styled.nav`
  /* Compact by the space it has, not the window: a pagination in a sidebar is narrow too. */
  container-type: inline-size;
`;

export const List = styled.ul`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--sk-space-1);
  margin: 0;
  padding: 0;
  list-style: none;

  & > li[data-kind='status'] {
    display: none;
    padding: 0 var(--sk-space-2);
    color: var(--sk-color-neutral-text);
  }

  @container (max-width: 30rem) {
    & > li[data-kind='page'],
    & > li[data-kind='gap'] {
      display: none;
    }
    & > li[data-kind='status'] {
      display: block;
    }
  }
`;

export const Gap = styled.li`
  /* Drawn by CSS: a mark, not text, and hidden from screen readers by the item. */
  &::before {
    content: '…';
  }
  min-width: 2rem;
  text-align: center;
  color: var(--sk-color-neutral-text-subtle);
`;

export const Item = styled.a(
  staticCss(css`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--sk-space-1);
  box-sizing: border-box;
  min-width: 2.75rem;
  min-height: 2.75rem;
  padding: 0 var(--sk-space-3);
  border: var(--sk-border-width-default) solid transparent;
  border-radius: var(--sk-radius-md);
  background: transparent;
  color: var(--sk-color-accent-text);
  font: inherit;
  text-decoration: underline;
  text-underline-offset: 0.2em;
  cursor: pointer;

  &:hover {
    background: var(--sk-color-accent-surface-hover);
  }
  &:focus-visible {
    ${focusRing}
  }
  &[aria-current='page'] {
    background: var(--sk-color-accent-base);
    color: var(--sk-color-accent-on-base);
    font-weight: var(--sk-font-weight-bold);
    text-decoration: none;
  }
  &[aria-disabled='true'] {
    color: var(--sk-color-neutral-text-subtle);
    background: transparent;
    text-decoration: none;
    cursor: not-allowed;
  }
  svg {
    width: 1rem;
    height: 1rem;
    flex: none;
  }

  @media (forced-colors: active) {
    &[aria-current='page'] {
      border-color: CanvasText;
    }
  }
`),
);
