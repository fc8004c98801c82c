import styled from 'styled-components';

export const StyledSpinner = styled.svg`
  flex: none;
  width: 1.5rem;
  height: 1.5rem;
  color: var(--sk-color-accent-base);
  animation: sk-spinner-turn 0.9s linear infinite;

  &[data-size='sm'] {
    width: 1rem;
    height: 1rem;
  }
  &[data-size='lg'] {
    width: 2.5rem;
    height: 2.5rem;
  }
  &[data-size='xl'] {
    width: 4rem;
    height: 4rem;
  }
  circle:first-child {
    stroke: var(--sk-color-neutral-border-subtle);
  }

  @keyframes sk-spinner-turn {
    to {
      transform: rotate(360deg);
    }
  }
  /* Slowed, not stopped: a still spinner looks like a hang. */
  @media (prefers-reduced-motion: reduce) {
    animation-duration: 3s;
  }
  @media (forced-colors: active) {
    color: CanvasText;
  }
`;
