import { css, styled } from 'styled-components';
import { focusRing } from '../utils/focus.js';
import { staticCss } from '../utils/staticCss.js';

/** A bar beside a field or group in error, as well as the message, so the error is not colour alone. */
export const invalidBar = css`
  &[data-invalid='true'] {
    border-inline-start: var(--sk-space-1) solid var(--sk-color-danger-base);
    padding-inline-start: var(--sk-space-4);
  }
  @media (forced-colors: active) {
    &[data-invalid='true'] {
      border-inline-start-color: CanvasText;
    }
  }
`;

export const Root = styled.div(
  staticCss(css`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-2);
  min-width: 0;
  max-width: 100%;
  ${invalidBar}
`),
);

export const Label = styled.label`
  color: var(--sk-color-neutral-text);
  font-weight: var(--sk-font-weight-bold);
  line-height: var(--sk-font-line-height-tight);
  overflow-wrap: anywhere;
`;

export const Marker = styled.span`
  color: var(--sk-color-neutral-text-subtle);
  font-weight: var(--sk-font-weight-regular);
`;

/** A field's or group's help text. */
export const Description = styled.div`
  color: var(--sk-color-neutral-text-subtle);
  line-height: var(--sk-font-line-height-body);
  overflow-wrap: anywhere;

  & > p {
    margin: 0;
  }
`;

/** The look every text-like control shares (input, textarea, select). */
export const controlStyles = css`
  box-sizing: border-box;
  width: 100%;
  max-width: 100%;
  min-height: 2.75rem;
  margin: 0;
  padding: var(--sk-space-2) var(--sk-space-3);
  border: var(--sk-border-width-default) solid var(--sk-color-neutral-border-strong);
  border-radius: var(--sk-radius-md);
  background: var(--sk-color-neutral-background);
  color: var(--sk-color-neutral-text);
  font: inherit;
  line-height: var(--sk-font-line-height-body);

  &::placeholder {
    color: var(--sk-color-neutral-text-subtle);
    opacity: 1;
  }
  &:hover:not(:disabled) {
    border-color: var(--sk-color-neutral-text);
  }
  &[aria-invalid='true'] {
    border-color: var(--sk-color-danger-base);
    border-width: var(--sk-border-width-strong);
  }
  &:focus-visible {
    ${focusRing}
  }
  &:disabled {
    background: var(--sk-color-neutral-surface);
    color: var(--sk-color-neutral-text-subtle);
    border-color: var(--sk-color-neutral-border);
    cursor: not-allowed;
  }
  &[readonly] {
    background: var(--sk-color-neutral-surface);
  }
`;
