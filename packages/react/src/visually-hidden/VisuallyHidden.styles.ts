import { css, styled } from 'styled-components';
import { staticCss } from '../utils/staticCss.js';

/**
 * The clipped-but-read style, for a styled block whose element must stay what it is (a `dt`, a
 * `legend`) yet only be read aloud. Clipped rather than display:none so screen readers still
 * read it. Elsewhere use the `VisuallyHidden` component.
 */
export const visuallyHidden = css`
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  padding: 0 !important;
  margin: -1px !important;
  overflow: hidden !important;
  clip-path: inset(50%) !important;
  white-space: nowrap !important;
  border: 0 !important;
`;

export const Hidden = styled.span(
  staticCss(css`
  ${visuallyHidden}

  &[data-focusable='true']:focus,
  &[data-focusable='true']:focus-within {
    position: static !important;
    width: auto !important;
    height: auto !important;
    margin: 0 !important;
    overflow: visible !important;
    clip-path: none !important;
    white-space: normal !important;
  }
`),
);
