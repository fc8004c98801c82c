import { css, styled } from 'styled-components';
import { focusRing } from '../utils/focus.js';
import { staticCss } from '../utils/staticCss.js';

export const StyledSkipLink = styled.a(
  staticCss(css`
  position: absolute;
  inset-inline-start: var(--sk-space-2);
  top: var(--sk-space-2);
  z-index: var(--sk-z-toast);
  padding: var(--sk-space-3) var(--sk-space-4);
  border-radius: var(--sk-radius-md);
  background: var(--sk-color-accent-base);
  color: var(--sk-color-accent-on-base);
  font-weight: var(--sk-font-weight-bold);
  text-decoration: underline;
  /* Off screen until focused; still in the tab order and read in browse mode. */
  transform: translateY(calc(-100% - 2rem));

  &:focus {
    transform: none;
    ${focusRing}
  }
  @media (forced-colors: active) {
    border: 2px solid LinkText;
  }
`),
);
