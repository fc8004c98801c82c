import { focusRing } from '@samskap/react';
import { styled } from 'styled-components';

export const DialogBody = styled.form`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-4);

  label {
    font-weight: var(--sk-font-weight-medium);
  }
  [data-marker] {
    font-weight: var(--sk-font-weight-regular);
    color: var(--sk-color-neutral-text-subtle);
  }
  textarea {
    box-sizing: border-box;
    width: 100%;
    padding: var(--sk-space-2) var(--sk-space-3);
    border: var(--sk-border-width-default) solid var(--sk-color-neutral-border-strong);
    border-radius: var(--sk-radius-md);
    background: var(--sk-color-neutral-background);
    color: var(--sk-color-neutral-text);
    font: inherit;
  }
  textarea:focus-visible,
  input:focus-visible {
    ${focusRing}
  }
`;

export const Reasons = styled.fieldset`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-2);
  margin: 0;
  padding: 0;
  border: 0;

  legend {
    margin-block-end: var(--sk-space-2);
    padding: 0;
    font-weight: var(--sk-font-weight-medium);
  }
  label {
    display: flex;
    align-items: center;
    gap: var(--sk-space-2);
    min-height: 2.75rem;
    font-weight: var(--sk-font-weight-regular);
  }
  input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--sk-color-accent-base);
  }
`;

export const DialogError = styled.p`
  margin: 0;
  color: var(--sk-color-danger-text);
  font-weight: var(--sk-font-weight-medium);
`;

export const DialogActions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-3);
`;
