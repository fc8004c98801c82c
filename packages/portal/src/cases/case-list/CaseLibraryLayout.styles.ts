import { staticCss } from '@samskap/react';
import { css, styled } from 'styled-components';
import { WIDE_MEDIA } from '../case-filters/CaseFilters.styles.js';

export const Root = styled.div(
  staticCss(css`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: var(--sk-space-6);
  align-items: start;

  /* The same width from which CaseFilters keeps its facets open: beside the results, open. */
  @media ${WIDE_MEDIA} {
    grid-template-columns: minmax(14rem, 18rem) minmax(0, 1fr);
  }
`),
);

export const Slot = styled.div`
  min-width: 0;
`;
