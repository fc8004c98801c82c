import { styled } from 'styled-components';

export const StateLine = styled.p`
  margin: 0;
`;
