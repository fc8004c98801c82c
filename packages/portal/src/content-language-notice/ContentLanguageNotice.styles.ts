import { focusRing } from '@samskap/react';
import styled from 'styled-components';

export const Box = styled.div`
  box-sizing: border-box;
  max-width: var(--sk-content-width-text);
  margin-block-end: var(--sk-space-4);
  padding: var(--sk-space-3) var(--sk-space-4);
  background: var(--sk-color-info-surface);
  color: var(--sk-color-info-text);
  border: var(--sk-border-width-default) solid var(--sk-color-info-border);
  border-inline-start-width: var(--sk-space-1);
  border-radius: var(--sk-radius-md);
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
  gap: var(--sk-space-1) var(--sk-space-3);
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const Version = styled.a`
  display: inline-block;
  padding: 0;
  color: var(--sk-color-info-text);
  font: inherit;
  font-weight: var(--sk-font-weight-medium);
  text-decoration: underline;
  text-underline-offset: 0.2em;
  background: none;
  border: 0;
  cursor: pointer;

  &:hover {
    text-decoration-thickness: 0.125em;
  }
  &:focus-visible {
    ${focusRing}
    border-radius: var(--sk-radius-sm);
  }
`;

export const Content = styled.div``;
