import { css } from 'styled-components';

/**
 * The focus ring every interactive element uses: an outline in the focus colour with an inner
 * ring in the background colour, so it stays visible on any surface (WCAG 2.4.7, 2.4.11), and
 * a system colour in forced-colours mode.
 */
export const focusRing = css`
  outline: var(--sk-focus-width) solid var(--sk-color-focus-outer);
  outline-offset: var(--sk-focus-offset);
  box-shadow: 0 0 0 var(--sk-focus-offset) var(--sk-color-focus-inner);

  @media (forced-colors: active) {
    outline-color: Highlight;
    box-shadow: none;
  }
`;
