import { focusRing } from '@samskap/react';
import { styled } from 'styled-components';

export const List = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-1) var(--sk-space-4);
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const Item = styled.li`
  display: flex;
  align-items: center;
  min-height: 2.75rem;
`;

export const Current = styled.span`
  font-weight: var(--sk-font-weight-bold);
  color: var(--sk-color-neutral-text);
  padding: var(--sk-space-1) 0;
  border-bottom: var(--sk-border-width-strong) solid currentColor;
`;

export const Option = styled.a`
  display: inline-block;
  padding: var(--sk-space-1) 0;
  color: var(--sk-color-accent-text);
  text-decoration: underline;
  text-underline-offset: 0.2em;
  font: inherit;
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
