import { css, styled } from 'styled-components';
import { controlStyles } from '../field/Field.styles.js';
import { staticCss } from '../utils/staticCss.js';

export const Wrapper = styled.div`
  position: relative;
  max-width: 100%;

  /* The chevron is drawn in CSS so it takes the text colour in every theme and in forced
     colours; it ignores the pointer so a click on it opens the list. */
  &:not([data-multiple='true'])::after {
    content: '';
    position: absolute;
    inset-inline-end: var(--sk-space-4);
    top: 50%;
    width: 0.5rem;
    height: 0.5rem;
    border-inline-end: 0.125rem solid currentColor;
    border-bottom: 0.125rem solid currentColor;
    transform: translateY(-70%) rotate(45deg);
    pointer-events: none;
    color: var(--sk-color-neutral-text);
  }
  &[data-disabled='true']::after {
    color: var(--sk-color-neutral-text-subtle);
  }
  @media (forced-colors: active) {
    &::after {
      color: CanvasText;
    }
  }
`;

export const StyledSelect = styled.select(
  staticCss(css`
  ${controlStyles}
  appearance: none;
  padding-inline-end: var(--sk-space-7);
  cursor: pointer;
  text-overflow: ellipsis;

  &[multiple] {
    padding-inline-end: var(--sk-space-3);
  }
`),
);
