import { styled } from 'styled-components';

export const Root = styled.section`
  box-sizing: border-box;
  max-width: var(--sk-content-width-text);
  padding: var(--sk-space-4);
  background: var(--sk-color-neutral-surface);
  color: var(--sk-color-neutral-text);
  border: var(--sk-border-width-default) solid var(--sk-color-neutral-border-subtle);
  border-radius: var(--sk-radius-md);

  & > * + * {
    margin-block-start: var(--sk-space-3);
  }
  &:focus-visible,
  [tabindex='-1']:focus {
    outline: none;
  }
`;

export const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--sk-space-3);
`;

export const Stack = styled.form`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: var(--sk-space-3);
  & > * {
    align-self: stretch;
  }
  & > button {
    align-self: flex-start;
  }
`;
