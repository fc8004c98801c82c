import { Button, focusRing } from '@samskap/react';
import { styled } from 'styled-components';

export const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-5);
  max-width: var(--sk-content-width-text);
  color: var(--sk-color-neutral-text);
  font-family: var(--sk-font-family-body);
  line-height: var(--sk-font-line-height-body);
`;

export const Heading = styled.h2`
  margin: 0;
  font-family: var(--sk-font-family-heading);
  font-size: var(--sk-font-size-lg);
  font-weight: var(--sk-font-weight-bold);
  line-height: var(--sk-font-line-height-tight);
  overflow-wrap: anywhere;
`;

/** A boxed message: the confirmation, the restored-draft notice, the failure. */
export const Message = styled.div`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: var(--sk-space-2);
  padding: var(--sk-space-3) var(--sk-space-4);
  border: var(--sk-border-width-default) solid var(--sk-color-info-border);
  border-inline-start-width: 0.375rem;
  border-radius: var(--sk-radius-md);
  background: var(--sk-color-info-surface);
  color: var(--sk-color-info-text);

  &[data-tone='success'] {
    border-color: var(--sk-color-success-border-strong);
    background: var(--sk-color-success-surface);
    color: var(--sk-color-success-text);
  }
  &[data-tone='danger'] {
    border-color: var(--sk-color-danger-border-strong);
    background: var(--sk-color-danger-surface);
    color: var(--sk-color-danger-text);
  }
  &:focus-visible {
    ${focusRing}
  }
  p {
    margin: 0;
  }
  strong {
    font-weight: var(--sk-font-weight-bold);
  }
  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;

export const Signed = styled.p`
  margin: 0;
  overflow-wrap: anywhere;
`;

export const Group = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-2);
`;

export const GroupLabel = styled.span`
  font-weight: var(--sk-font-weight-medium);
`;

export const Marker = styled.span`
  font-weight: var(--sk-font-weight-regular);
  color: var(--sk-color-neutral-text-subtle);
`;

export const Toggles = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-2);
`;

export const Privacy = styled.p`
  margin: 0;

  a {
    color: var(--sk-color-accent-text);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  a:focus-visible {
    ${focusRing}
  }
`;

// Off screen rather than display:none, because some bots skip fields that are not rendered. It is
// aria-hidden and out of the tab order, so neither people nor screen readers meet it.
export const Trap = styled.div`
  position: absolute;
  left: -100vw;
  top: auto;
  width: 1px;
  height: 1px;
  overflow: hidden;
`;

export const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-3);
`;

/** A toggle button's pressed look: filled, with a check mark so it is not told by colour alone. */
export const pressed = `
  &[aria-pressed='true'] {
    --_bg: var(--sk-color-accent-base);
    --_bg-hover: var(--sk-color-accent-base-hover);
    --_bg-active: var(--sk-color-accent-base-active);
    --_fg: var(--sk-color-accent-on-base);
    --_border: var(--sk-color-accent-base);
  }
  &[aria-pressed='true']::before {
    content: '\\2713';
  }
  @media (forced-colors: active) {
    &[aria-pressed='true'] {
      border-width: 0.25rem;
    }
  }
`;

export const Toggle = styled(Button)`
  ${pressed}
`;
