import { styled } from 'styled-components';

export const Root = styled.section`
  & > * + * {
    margin-block-start: var(--sk-space-3);
  }
`;

export const Items = styled.ul`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--sk-space-2) var(--sk-space-4);
  margin: 0;
  padding: 0;
  list-style: none;
`;
