import { css, styled } from 'styled-components';
import { focusRing } from '../utils/focus.js';
import { staticCss } from '../utils/staticCss.js';

export const StyledLink = styled.a(
  staticCss(css`
  color: var(--sk-color-accent-text);
  text-decoration: underline;
  text-decoration-thickness: 0.0625em;
  text-underline-offset: 0.2em;
  border-radius: var(--sk-radius-sm);
  overflow-wrap: anywhere;

  &:hover {
    text-decoration-thickness: 0.125em;
  }
  &:focus-visible {
    ${focusRing}
  }
  &[data-color='neutral'] {
    color: var(--sk-color-neutral-text);
  }
  /* Without an href (a refused URL) it is plain text, and must not look like a link. */
  &:not([href]) {
    color: inherit;
    text-decoration: none;
  }

  svg {
    display: inline-block;
    width: 0.85em;
    height: 0.85em;
    margin-inline-start: 0.2em;
    vertical-align: baseline;
  }
`),
);
