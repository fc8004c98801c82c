import styled from 'styled-components';

export const StyledSkeleton = styled.span`
  display: block;
  box-sizing: border-box;
  max-width: 100%;
  background: var(--sk-color-neutral-surface-active);
  border-radius: var(--sk-radius-sm);
  animation: sk-skeleton-pulse 1.6s ease-in-out infinite;

  &[data-variant='text'] {
    height: 1em;
    margin-block: 0.25em;
  }
  &[data-variant='text'][data-last='true'] {
    width: 70%;
  }
  &[data-variant='circle'] {
    border-radius: var(--sk-radius-full);
    aspect-ratio: 1;
  }
  &[data-variant='rectangle'] {
    border-radius: var(--sk-radius-md);
  }

  @keyframes sk-skeleton-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    animation: none;
  }
  @media (forced-colors: active) {
    border: 1px solid CanvasText;
  }
`;

export const Lines = styled.span`
  display: block;
`;
