import { css, styled } from 'styled-components';
import { invalidBar } from '../field/Field.styles.js';
import { staticCss } from '../utils/staticCss.js';

export const Root = styled.fieldset(
  staticCss(css`
  min-width: 0;
  max-width: 100%;
  margin: 0;
  padding: 0;
  border: 0;

  ${invalidBar}
`),
);

export const Legend = styled.legend`
  /* A legend ignores the fieldset's padding unless it is a block of its own. */
  float: left;
  width: 100%;
  margin: 0 0 var(--sk-space-2);
  padding: 0;
  color: var(--sk-color-neutral-text);
  font-weight: var(--sk-font-weight-bold);
  line-height: var(--sk-font-line-height-tight);
  overflow-wrap: anywhere;

  &[data-size='lg'] {
    font-family: var(--sk-font-family-heading);
    font-size: var(--sk-font-size-xl);
    margin-bottom: var(--sk-space-3);
  }
`;

export const Content = styled.div`
  clear: both;
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-2);
`;
