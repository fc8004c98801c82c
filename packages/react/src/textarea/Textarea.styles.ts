import { css, styled } from 'styled-components';
import { controlStyles } from '../field/Field.styles.js';
import { Icon } from '../icon/Icon.js';
import { staticCss } from '../utils/staticCss.js';

export const StyledTextarea = styled.textarea(
  staticCss(css`
  ${controlStyles}
  min-height: 6rem;
  resize: vertical;
`),
);

export const Counter = styled.p`
  display: flex;
  align-items: flex-start;
  gap: var(--sk-space-2);
  margin: 0;
  color: var(--sk-color-neutral-text-subtle);
  font-size: var(--sk-font-size-sm);
  line-height: var(--sk-font-line-height-body);
  font-variant-numeric: tabular-nums;

  &[data-over='true'] {
    color: var(--sk-color-danger-text);
    font-weight: var(--sk-font-weight-bold);
  }
`;

export const CounterIcon = styled(Icon)`
  flex: none;
  width: 1.25em;
  height: 1.25em;
  margin-top: 0.1em;
`;
