import { css, styled } from 'styled-components';
import { focusRing } from '../utils/focus.js';
import { staticCss } from '../utils/staticCss.js';

export const StyledTag = styled.span`
  display: inline-flex;
  align-items: center;
  gap: var(--sk-space-1);
  box-sizing: border-box;
  max-width: 100%;
  min-height: 2rem;
  padding: 0 var(--sk-space-3);
  border: var(--sk-border-width-default) solid var(--sk-color-accent-border);
  border-radius: var(--sk-radius-sm);
  background: var(--sk-color-accent-background-tinted);
  color: var(--sk-color-accent-text);
  font-size: var(--sk-font-size-sm);
  line-height: var(--sk-font-line-height-tight);
  overflow-wrap: anywhere;

  &[data-removable='true'] {
    padding-inline-end: 0;
  }
  &[data-disabled='true'] {
    border-color: var(--sk-color-neutral-border-subtle);
    background: var(--sk-color-neutral-surface);
    color: var(--sk-color-neutral-text-subtle);
  }

  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;

export const RemoveButton = styled.button(
  staticCss(css`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  flex: none;
  /* 24 px is the WCAG 2.2 minimum target size (2.5.8). */
  min-width: 1.75rem;
  min-height: 1.75rem;
  margin: 0.125rem;
  padding: 0;
  border: 0;
  border-radius: var(--sk-radius-sm);
  background: transparent;
  color: inherit;
  font: inherit;
  cursor: pointer;

  &:hover {
    background: var(--sk-color-accent-surface-hover);
  }
  &:active {
    background: var(--sk-color-accent-surface-active);
  }
  &:focus-visible {
    ${focusRing}
  }
  &:disabled {
    cursor: not-allowed;
    background: transparent;
  }
  /* Forced colours drop the hover fill: a border keeps the button's edge visible. */
  @media (forced-colors: active) {
    border: 1px solid ButtonText;
  }
  svg {
    width: 1rem;
    height: 1rem;
  }
`),
);
