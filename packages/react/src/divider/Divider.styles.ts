import styled from 'styled-components';

export const StyledDivider = styled.hr`
  box-sizing: border-box;
  width: 100%;
  height: 0;
  margin: var(--sk-space-5) 0;
  border: 0;
  border-top: var(--sk-border-width-default) solid var(--sk-color-neutral-border-subtle);

  &[data-spacing='none'] {
    margin: 0;
  }
  &[data-spacing='sm'] {
    margin: var(--sk-space-3) 0;
  }
  &[data-spacing='lg'] {
    margin: var(--sk-space-7) 0;
  }
  &[data-strong='true'] {
    border-top-color: var(--sk-color-neutral-border);
  }
  @media (forced-colors: active) {
    border-top-color: CanvasText;
  }
`;
