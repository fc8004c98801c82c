import { staticCss } from '@samskap/react';
import { css, styled } from 'styled-components';

// The header is a size container, so the menu folds by the width the header actually has
// (a page column, a Storybook frame), decided in CSS: the server's HTML is right at every width.
export const Root = styled.header`
  container-type: inline-size;
  box-sizing: border-box;
  background: var(--sk-color-neutral-background);
  color: var(--sk-color-neutral-text);
  border-block-end: var(--sk-border-width-default) solid var(--sk-color-neutral-border-subtle);
`;

export const PhaseBar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: var(--sk-space-1) var(--sk-space-3);
  padding: var(--sk-space-2) var(--sk-space-4);
  border-block-end: var(--sk-border-width-default) solid var(--sk-color-neutral-border-subtle);
  font-size: var(--sk-font-size-sm);
  line-height: var(--sk-font-line-height-body);
`;

export const PhaseText = styled.p`
  flex: 1 1 12rem;
  min-width: 0;
  margin: 0;
`;

export const Bar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: var(--sk-space-3);
  padding: var(--sk-space-3) var(--sk-space-4);
`;

/** Sets the type of the home link; the link itself is the Link primitive. */
export const Brand = styled.div`
  min-width: 0;
  font-family: var(--sk-font-family-heading);
  font-size: var(--sk-font-size-lg);
  font-weight: var(--sk-font-weight-bold);
  line-height: var(--sk-font-line-height-tight);

  a {
    display: inline-flex;
    align-items: center;
    gap: var(--sk-space-2);
  }
  img,
  svg {
    display: block;
    max-height: 2.5rem;
    width: auto;
  }
`;

export const Tools = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--sk-space-2) var(--sk-space-3);
  min-width: 0;
`;

// Narrow first: a browser without container queries gets the folded menu, which works at any
// width. The menu button exists only where it works: not before scripts run (data-menu="static")
// and not on wide headers, where the navigation is always shown.
const wide = '@container (min-width: 48rem)';

export const MenuToggle = styled.div(
  staticCss(css`
  [data-menu='static'] & {
    display: none;
  }
  ${wide} {
    display: none;
  }
`),
);

export const Panel = styled.div(
  staticCss(css`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-3);
  padding: 0 var(--sk-space-4) var(--sk-space-2);

  [data-menu='closed'] & {
    display: none;
  }
  ${wide} {
    [data-menu] & {
      display: flex;
    }
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
  }
`),
);

export const Search = styled.div(
  staticCss(css`
  min-width: 0;
  ${wide} {
    flex: 0 1 22rem;
  }
`),
);

export const NavList = styled.ul(
  staticCss(css`
  display: flex;
  flex-direction: column;
  margin: 0;
  padding: 0;
  list-style: none;

  ${wide} {
    flex-direction: row;
    flex-wrap: wrap;
    gap: 0 var(--sk-space-5);
  }
`),
);

/** The current page is marked by a bar beside (or, wide, under) its item, and bold text. */
export const NavItem = styled.li(
  staticCss(css`
  padding-block: var(--sk-space-2);
  padding-inline-start: var(--sk-space-3);
  border-inline-start: var(--sk-border-width-strong) solid transparent;

  &[data-current] {
    font-weight: var(--sk-font-weight-bold);
    border-inline-start-color: var(--sk-color-accent-base);
  }
  ${wide} {
    padding-inline-start: 0;
    border-inline-start: 0;
    border-block-end: var(--sk-border-width-strong) solid transparent;
    &[data-current] {
      border-block-end-color: var(--sk-color-accent-base);
    }
  }
  @media (forced-colors: active) {
    &[data-current] {
      border-color: CanvasText;
    }
  }
`),
);
