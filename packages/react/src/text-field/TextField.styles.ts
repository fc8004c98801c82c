import { css, styled } from 'styled-components';
import { controlStyles } from '../field/Field.styles.js';
import { staticCss } from '../utils/staticCss.js';

export const Input = styled.input(
  staticCss(css`
  ${controlStyles}

  /* Widths that hint at the expected answer, as a number of characters. */
  &[data-width='short'] {
    max-width: calc(10ch + 2 * var(--sk-space-3));
  }
  &[data-width='medium'] {
    max-width: calc(20ch + 2 * var(--sk-space-3));
  }
`),
);
