import { staticCss } from '@samskap/react';
import { css, styled } from 'styled-components';
import { coverImage } from '../../shared/styles.js';

export const Media = styled.div(
  staticCss(css`
  order: -1;
  aspect-ratio: 16 / 9;
  overflow: hidden;
  border-radius: var(--sk-radius-md);
  ${coverImage}
`),
);

export const Category = styled.p`
  margin: 0;
  color: var(--sk-color-accent-text);
  font-size: var(--sk-font-size-sm);
  font-weight: var(--sk-font-weight-medium);
`;
