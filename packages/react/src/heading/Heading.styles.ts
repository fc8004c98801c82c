import { styled } from 'styled-components';

export const StyledHeading = styled.h2`
  margin: 0;
  color: var(--sk-color-neutral-text);
  font-family: var(--sk-font-family-heading);
  font-weight: var(--sk-font-weight-bold);
  line-height: var(--sk-font-line-height-tight);
  /* anywhere, not break-word: a long word from data must also shrink the heading's minimum width,
     or it pushes a grid or flex column wider than the screen. */
  overflow-wrap: anywhere;
  hyphens: auto;

  &[data-size='xs'] {
    font-size: var(--sk-font-size-sm);
  }
  &[data-size='sm'] {
    font-size: var(--sk-font-size-md);
  }
  &[data-size='md'] {
    font-size: var(--sk-font-size-lg);
  }
  &[data-size='lg'] {
    font-size: var(--sk-font-size-xl);
  }
  &[data-size='xl'] {
    font-size: var(--sk-font-size-2xl);
  }
  &[data-size='2xl'] {
    font-size: calc(var(--sk-font-size-2xl) * 1.25);
  }
`;
