import { Button } from '@samskap/react';
import { styled } from 'styled-components';

export const Toggles = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-2);
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
