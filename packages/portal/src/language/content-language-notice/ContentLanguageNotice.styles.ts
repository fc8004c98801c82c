import { Alert } from '@samskap/react';
import { styled } from 'styled-components';

// Only where the notice sits: its look is the Alert's.
export const Notice = styled(Alert)`
  max-width: var(--sk-content-width-text);
  margin-block-end: var(--sk-space-4);
`;

export const Message = styled.p`
  margin: 0;
  & + & {
    margin-block-start: var(--sk-space-2);
  }
`;

export const Versions = styled.ul`
  display: inline-flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--sk-space-1) var(--sk-space-3);
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const Content = styled.div``;
