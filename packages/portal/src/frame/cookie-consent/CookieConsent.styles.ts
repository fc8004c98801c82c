import { styled } from 'styled-components';

export const Banner = styled.section`
  box-sizing: border-box;
  padding: var(--sk-space-4);
  background: var(--sk-color-neutral-surface);
  color: var(--sk-color-neutral-text);
  border-block-end: var(--sk-border-width-strong) solid var(--sk-color-accent-base);
  line-height: var(--sk-font-line-height-body);

  p {
    margin: var(--sk-space-2) 0 0;
    max-width: var(--sk-content-width-text);
  }
  ul {
    margin: var(--sk-space-1) 0 0;
  }
`;

export const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--sk-space-3);
  margin-block-start: var(--sk-space-4);
`;
