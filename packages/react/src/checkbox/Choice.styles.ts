import { css, styled } from 'styled-components';
import { focusRing } from '../utils/focus.js';
import { staticCss } from '../utils/staticCss.js';

// Shared by Checkbox and Radio.

export const ChoiceRoot = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-2);
  min-width: 0;

  &[data-invalid='true'][data-standalone='true'] {
    border-inline-start: var(--sk-space-1) solid var(--sk-color-danger-base);
    padding-inline-start: var(--sk-space-4);
  }
`;

export const Row = styled.div`
  display: flex;
  align-items: flex-start;
  gap: var(--sk-space-3);
`;

/* Native controls, so they work in every mode and with every assistive technology; sized for
   a comfortable target and coloured from the theme. */
export const Input = styled.input(
  staticCss(css`
  flex: none;
  width: 1.5rem;
  height: 1.5rem;
  margin: 0.5rem 0 0;
  accent-color: var(--sk-color-accent-base);
  cursor: pointer;

  &:focus-visible {
    ${focusRing}
  }
  &[aria-invalid='true'] {
    outline: var(--sk-border-width-strong) solid var(--sk-color-danger-base);
    outline-offset: 0;
  }
  &[aria-invalid='true']:focus-visible {
    ${focusRing}
  }
  &:disabled {
    cursor: not-allowed;
  }
`),
);

export const Text = styled.div`
  display: flex;
  flex-direction: column;
  min-width: 0;
  padding-block: var(--sk-space-2);
`;

export const ChoiceLabel = styled.label`
  /* The label is part of the target, so make it at least as tall as a finger. */
  min-height: 1.5rem;
  color: var(--sk-color-neutral-text);
  line-height: var(--sk-font-line-height-body);
  overflow-wrap: anywhere;
  cursor: pointer;

  input:disabled + * > & {
    color: var(--sk-color-neutral-text-subtle);
    cursor: not-allowed;
  }
`;

export const ChoiceDescription = styled.div`
  color: var(--sk-color-neutral-text-subtle);
  font-size: var(--sk-font-size-sm);
  line-height: var(--sk-font-line-height-body);
  overflow-wrap: anywhere;
`;
