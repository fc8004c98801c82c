import { styled } from 'styled-components';

export const StyledList = styled.ul`
  margin: 0;
  padding-inline-start: var(--sk-space-6);
  color: var(--sk-color-neutral-text);
  line-height: var(--sk-font-line-height-body);
  /* A long compound word wraps instead of pushing the page sideways (WCAG 1.4.10). */
  overflow-wrap: anywhere;

  & > li + li {
    margin-top: var(--sk-space-2);
  }
  & > li::marker {
    color: var(--sk-color-neutral-text-subtle);
  }
  &[data-size='sm'] {
    font-size: var(--sk-font-size-sm);
  }
  &[data-size='lg'] {
    font-size: var(--sk-font-size-lg);
  }
  &[data-plain] {
    padding-inline-start: 0;
    list-style-type: none;
  }
`;
