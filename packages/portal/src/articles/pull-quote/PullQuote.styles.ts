import { styled } from 'styled-components';

export const QuoteFigure = styled.figure`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-2);
  min-width: 0;
  margin: var(--sk-space-4) 0;
  padding-inline-start: var(--sk-space-5);
  border-inline-start: var(--sk-space-1) solid var(--sk-color-accent-border-strong);
  overflow-wrap: anywhere;

  @media (forced-colors: active) {
    border-inline-start-color: CanvasText;
  }
`;

export const Quote = styled.blockquote`
  margin: 0;
  color: var(--sk-color-neutral-text);
  font-family: var(--sk-font-family-heading);
  font-size: var(--sk-font-size-xl);
  font-weight: var(--sk-font-weight-medium);
  line-height: var(--sk-font-line-height-tight);

  & p {
    margin: 0;
  }
`;

export const Source = styled.figcaption`
  color: var(--sk-color-neutral-text-subtle);
  font-size: var(--sk-font-size-sm);
`;
