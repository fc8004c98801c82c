import { styled } from 'styled-components';

export const StyledParagraph = styled.p`
  margin: 0;
  max-width: var(--sk-content-width-text);
  color: var(--sk-color-neutral-text);
  font-size: var(--sk-font-size-md);
  line-height: var(--sk-font-line-height-body);
  /* anywhere, not break-word: a long address must also shrink the paragraph's minimum width,
     or a flex or grid parent grows past a 320 px screen to fit it (WCAG 1.4.10). */
  overflow-wrap: anywhere;

  & + & {
    margin-top: var(--sk-space-4);
  }
  &[data-size='sm'] {
    font-size: var(--sk-font-size-sm);
  }
  &[data-size='lg'] {
    font-size: var(--sk-font-size-lg);
  }
  &[data-variant='subtle'] {
    color: var(--sk-color-neutral-text-subtle);
  }
`;
