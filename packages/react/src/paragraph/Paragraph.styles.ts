import styled from 'styled-components';

export const StyledParagraph = styled.p`
  margin: 0;
  max-width: var(--sk-content-width-text);
  color: var(--sk-color-neutral-text);
  font-size: var(--sk-font-size-md);
  line-height: var(--sk-font-line-height-body);
  overflow-wrap: break-word;

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
