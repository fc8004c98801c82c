import { focusRing, staticCss } from '@samskap/react';
import { css, styled } from 'styled-components';

export const List = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-1) var(--sk-space-4);
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const Item = styled.li`
  display: flex;
  align-items: center;
  min-height: 2.75rem;
`;

export const Current = styled.span`
  font-weight: var(--sk-font-weight-bold);
  color: var(--sk-color-neutral-text);
  padding: var(--sk-space-1) 0;
  border-bottom: var(--sk-border-width-strong) solid currentColor;
`;

export const Option = styled.a(
  staticCss(css`
  display: inline-block;
  padding: var(--sk-space-1) 0;
  color: var(--sk-color-accent-text);
  text-decoration: underline;
  text-underline-offset: 0.2em;
  font: inherit;
  background: none;
  border: 0;
  cursor: pointer;

  &:hover {
    text-decoration-thickness: 0.125em;
  }
  &:focus-visible {
    ${focusRing}
    border-radius: var(--sk-radius-sm);
  }
`),
);

export const MenuRoot = styled.div`
  position: relative;
  display: inline-block;
  max-width: 100%;
`;

export const MenuList = styled.ul`
  position: absolute;
  inset-inline-end: 0;
  top: calc(100% + var(--sk-space-1));
  z-index: var(--sk-z-dropdown);
  box-sizing: border-box;
  min-width: 100%;
  width: max-content;
  max-width: min(20rem, calc(100vw - 2rem));
  margin: 0;
  padding: var(--sk-space-1);
  list-style: none;
  background: var(--sk-color-neutral-surface);
  color: var(--sk-color-neutral-text);
  border: var(--sk-border-width-default) solid var(--sk-color-neutral-border);
  border-radius: var(--sk-radius-md);
  box-shadow: var(--sk-shadow-md);

  &[hidden] {
    display: none;
  }
`;

export const MenuItem = styled.a(
  staticCss(css`
  display: flex;
  align-items: center;
  box-sizing: border-box;
  width: 100%;
  min-height: 2.75rem;
  padding: var(--sk-space-2) var(--sk-space-3);
  border: 0;
  border-inline-start: var(--sk-border-width-strong) solid transparent;
  border-radius: var(--sk-radius-sm);
  background: none;
  color: var(--sk-color-neutral-text);
  font: inherit;
  text-align: start;
  text-decoration: none;
  overflow-wrap: anywhere;
  cursor: pointer;

  &:hover {
    background: var(--sk-color-neutral-surface-hover);
  }
  &:focus-visible {
    ${focusRing}
  }
  /* The current language is marked by weight and a bar, not by colour alone. */
  &[aria-current='true'] {
    font-weight: var(--sk-font-weight-bold);
    border-inline-start-color: var(--sk-color-accent-base);
  }

  @media (forced-colors: active) {
    &[aria-current='true'] {
      border-inline-start-color: CanvasText;
    }
  }
`),
);

export const SelectForm = styled.form`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-1);
  max-width: 100%;
`;

export const SelectRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-2);
  align-items: flex-end;
`;
