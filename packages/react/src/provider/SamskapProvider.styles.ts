import { styled } from 'styled-components';

export const Root = styled.div`
  color: var(--sk-color-neutral-text);
  background: var(--sk-color-neutral-background);
  font-family: var(--sk-font-family-body);
  font-size: var(--sk-font-size-md);
  line-height: var(--sk-font-line-height-body);
  -webkit-text-size-adjust: 100%;
`;
