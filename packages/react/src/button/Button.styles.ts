import { css, styled } from 'styled-components';
import { focusRing } from '../utils/focus.js';
import { staticCss } from '../utils/staticCss.js';

export const StyledButton = styled.button(
  staticCss(css`
  --_bg: var(--sk-color-accent-base);
  --_bg-hover: var(--sk-color-accent-base-hover);
  --_bg-active: var(--sk-color-accent-base-active);
  --_fg: var(--sk-color-accent-on-base);
  --_border: var(--sk-color-accent-base);

  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--sk-space-2);
  box-sizing: border-box;
  min-height: 2.75rem;
  min-width: 2.75rem;
  max-width: 100%;
  padding: var(--sk-space-2) var(--sk-space-4);
  border: var(--sk-border-width-strong) solid var(--_border);
  border-radius: var(--sk-radius-md);
  background: var(--_bg);
  color: var(--_fg);
  font: inherit;
  font-weight: var(--sk-font-weight-medium);
  line-height: var(--sk-font-line-height-tight);
  text-align: center;
  overflow-wrap: anywhere;
  cursor: pointer;
  transition: background-color var(--sk-motion-duration-fast) var(--sk-motion-easing-standard);

  &:hover {
    background: var(--_bg-hover);
  }
  &:active {
    background: var(--_bg-active);
  }
  &:focus-visible {
    ${focusRing}
  }

  &[data-variant='secondary'] {
    --_bg: transparent;
    --_bg-hover: var(--sk-color-accent-surface-hover);
    --_bg-active: var(--sk-color-accent-surface-active);
    --_fg: var(--sk-color-accent-text);
    --_border: var(--sk-color-accent-border-strong);
  }
  &[data-variant='tertiary'] {
    --_bg: transparent;
    --_bg-hover: var(--sk-color-accent-surface-hover);
    --_bg-active: var(--sk-color-accent-surface-active);
    --_fg: var(--sk-color-accent-text);
    --_border: transparent;
  }
  &[data-variant='danger'] {
    --_bg: var(--sk-color-danger-base);
    --_bg-hover: var(--sk-color-danger-base-hover);
    --_bg-active: var(--sk-color-danger-base-active);
    --_fg: var(--sk-color-danger-on-base);
    --_border: var(--sk-color-danger-base);
  }

  &[data-size='sm'] {
    min-height: 2rem;
    min-width: 2rem;
    padding: var(--sk-space-1) var(--sk-space-3);
    font-size: var(--sk-font-size-sm);
  }
  &[data-size='lg'] {
    min-height: 3.25rem;
    padding: var(--sk-space-3) var(--sk-space-5);
    font-size: var(--sk-font-size-lg);
  }
  &[data-icon-only='true'] {
    padding: var(--sk-space-2);
  }

  /* A loading button keeps its colours: the spinner says it is busy, and greying it out would
     read as "you cannot do this" while the reader's action is in fact under way. */
  &:disabled,
  &[aria-disabled='true']:not([aria-busy='true']) {
    --_bg: var(--sk-color-neutral-surface);
    --_bg-hover: var(--sk-color-neutral-surface);
    --_bg-active: var(--sk-color-neutral-surface);
    --_fg: var(--sk-color-neutral-text-subtle);
    --_border: var(--sk-color-neutral-border-subtle);
    cursor: not-allowed;
  }
  &[aria-busy='true'] {
    cursor: progress;
  }

  @media (prefers-reduced-motion: reduce) {
    transition: none;
  }
  @media (forced-colors: active) {
    border-color: ButtonText;
  }
`),
);

export const LoadingMark = styled.span`
  width: 1em;
  height: 1em;
  flex: none;
  border: 0.15em solid currentColor;
  border-right-color: transparent;
  border-radius: 50%;
  animation: sk-button-spin 0.8s linear infinite;

  @keyframes sk-button-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    animation-duration: 2.4s;
  }
`;
