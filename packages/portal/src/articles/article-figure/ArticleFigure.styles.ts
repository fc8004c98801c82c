import { styled } from 'styled-components';

export const Figure = styled.figure`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-2);
  min-width: 0;
  margin: 0;

  & img {
    display: block;
    width: 100%;
    height: auto;
    border-radius: var(--sk-radius-md);
    background: var(--sk-color-neutral-background-tinted);
  }
`;

export const Caption = styled.figcaption`
  color: var(--sk-color-neutral-text);
  font-size: var(--sk-font-size-sm);
  line-height: var(--sk-font-line-height-body);
  overflow-wrap: anywhere;
`;

export const Credit = styled.span`
  color: var(--sk-color-neutral-text-subtle);
`;
