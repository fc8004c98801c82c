import { css, styled } from 'styled-components';
import { controlStyles } from '../field/Field.styles.js';
import { staticCss } from '../utils/staticCss.js';

export const Input = styled.input(
  staticCss(css`
  ${controlStyles}
  cursor: pointer;

  &::file-selector-button {
    margin-inline-end: var(--sk-space-3);
    padding: var(--sk-space-1) var(--sk-space-3);
    border: var(--sk-border-width-default) solid var(--sk-color-accent-base);
    border-radius: var(--sk-radius-md);
    background: var(--sk-color-neutral-background);
    color: var(--sk-color-accent-text);
    font: inherit;
    cursor: pointer;
  }
`),
);

export const Files = styled.ul`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-2);
  margin: var(--sk-space-2) 0 0;
  padding: 0;
  list-style: none;
`;

export const FileItem = styled.li`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: var(--sk-space-2);
  padding: var(--sk-space-2) var(--sk-space-3);
  border: var(--sk-border-width-default) solid var(--sk-color-neutral-border);
  border-radius: var(--sk-radius-md);
  background: var(--sk-color-neutral-surface);
  color: var(--sk-color-neutral-text);
  min-width: 0;
`;

export const FileName = styled.span`
  overflow-wrap: anywhere;
  min-width: 0;
`;

export const FileSize = styled.span`
  color: var(--sk-color-neutral-text-subtle);
  white-space: nowrap;
`;
