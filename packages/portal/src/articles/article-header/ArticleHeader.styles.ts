import { styled } from 'styled-components';

export const Header = styled.header`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-4);
  min-width: 0;
  overflow-wrap: anywhere;
`;
