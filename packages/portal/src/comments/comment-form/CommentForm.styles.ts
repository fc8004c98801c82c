import { styled } from 'styled-components';

export const Toggles = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-2);
`;
