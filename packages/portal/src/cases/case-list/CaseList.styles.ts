import { focusRing, staticCss } from '@samskap/react';
import { css, styled } from 'styled-components';

export const Root = styled.section`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-4);
  min-width: 0;
`;

export const Toolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: var(--sk-space-2) var(--sk-space-4);
`;

export const Count = styled.p(
  staticCss(css`
  margin: 0;
  font-weight: var(--sk-font-weight-bold);
  color: var(--sk-color-neutral-text);

  &:focus-visible {
    ${focusRing}
  }
  &:focus:not(:focus-visible) {
    outline: none;
  }
`),
);

export const Items = styled.ul`
  display: grid;
  gap: var(--sk-space-4);
  margin: 0;
  padding: 0;
  list-style: none;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));

  &[data-layout='list'] {
    grid-template-columns: minmax(0, 1fr);
  }
  & > li {
    min-width: 0;
  }
`;

export const Empty = styled.div`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: var(--sk-space-3);
  padding: var(--sk-space-6) var(--sk-space-4);
  border: var(--sk-border-width-default) dashed var(--sk-color-neutral-border);
  border-radius: var(--sk-radius-lg);
  background: var(--sk-color-neutral-background-tinted);
  color: var(--sk-color-neutral-text);

  & > p {
    margin: 0;
  }
  & > p:first-child {
    font-weight: var(--sk-font-weight-bold);
    font-size: var(--sk-font-size-lg);
  }
`;
