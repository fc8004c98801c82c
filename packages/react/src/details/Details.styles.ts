import { css, styled } from 'styled-components';
import { focusRing } from '../utils/focus.js';
import { staticCss } from '../utils/staticCss.js';

export const StyledDetails = styled.details`
  border-block: var(--sk-border-width-default) solid var(--sk-color-neutral-border-subtle);
  color: var(--sk-color-neutral-text);

  & + & {
    border-top: 0;
  }
`;

export const Summary = styled.summary(
  staticCss(css`
  display: flex;
  align-items: center;
  gap: var(--sk-space-2);
  min-height: 2.75rem;
  padding: var(--sk-space-2) var(--sk-space-1);
  color: var(--sk-color-accent-text);
  font-weight: var(--sk-font-weight-medium);
  cursor: pointer;
  list-style: none;
  overflow-wrap: anywhere;

  &::-webkit-details-marker {
    display: none;
  }
  &:hover {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  &:focus-visible {
    ${focusRing}
  }
  svg {
    flex: none;
    width: 1rem;
    height: 1rem;
    transition: transform var(--sk-motion-duration-fast) var(--sk-motion-easing-standard);
  }
  details[open] > & svg {
    transform: rotate(90deg);
  }
  @media (prefers-reduced-motion: reduce) {
    svg {
      transition: none;
    }
  }
`),
);

export const Body = styled.div`
  padding: 0 var(--sk-space-1) var(--sk-space-4) calc(1rem + var(--sk-space-3));
`;
