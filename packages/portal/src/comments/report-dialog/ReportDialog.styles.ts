import { styled } from 'styled-components';

export const DialogBody = styled.form`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-5);
`;

export const DialogActions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-3);
`;
