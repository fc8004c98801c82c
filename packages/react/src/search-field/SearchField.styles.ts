import { css, styled } from 'styled-components';
import { focusRing } from '../utils/focus.js';
import { staticCss } from '../utils/staticCss.js';

export const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-2);
  max-width: 100%;
`;

export const Label = styled.label`
  color: var(--sk-color-neutral-text);
  font-weight: var(--sk-font-weight-medium);
`;

export const Row = styled.div`
  display: flex;
  gap: var(--sk-space-2);
  min-width: 0;
`;

export const InputWrap = styled.div`
  position: relative;
  display: flex;
  flex: 1;
  min-width: 0;
`;

export const Input = styled.input(
  staticCss(css`
  box-sizing: border-box;
  width: 100%;
  min-width: 0;
  min-height: 2.75rem;
  padding: var(--sk-space-2) var(--sk-space-3);
  border: var(--sk-border-width-default) solid var(--sk-color-neutral-border-strong);
  border-radius: var(--sk-radius-md);
  background: var(--sk-color-neutral-background);
  color: var(--sk-color-neutral-text);
  font: inherit;
  appearance: none;

  &[data-has-value='true'] {
    padding-inline-end: 2.75rem;
  }
  /* The browser's own clear button would be a second one, without our label. */
  &::-webkit-search-cancel-button {
    appearance: none;
    display: none;
  }
  &:focus-visible {
    ${focusRing}
  }
  &:disabled {
    background: var(--sk-color-neutral-surface);
    border-color: var(--sk-color-neutral-border-subtle);
    color: var(--sk-color-neutral-text-subtle);
    cursor: not-allowed;
  }
`),
);

export const ClearSlot = styled.div`
  position: absolute;
  inset-block: 0;
  inset-inline-end: 0;
  display: flex;
  align-items: center;
  padding-inline-end: 0.125rem;
`;
