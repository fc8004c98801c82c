import { styled } from 'styled-components';

export const Root = styled.div`
  display: grid;
  gap: var(--sk-space-6);
  max-inline-size: 90rem;
`;

export const Columns = styled.div`
  display: grid;
  gap: var(--sk-space-6);
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
  align-items: start;
`;

export const Stack = styled.div`
  display: grid;
  gap: var(--sk-space-4);
  min-inline-size: 0;
`;

export const Form = styled.form`
  display: grid;
  gap: var(--sk-space-5);
  justify-items: start;

  & > * {
    inline-size: 100%;
  }

  & > button {
    inline-size: auto;
  }
`;

export const Previews = styled.div`
  display: grid;
  gap: var(--sk-space-4);
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
`;

/** One scheme's preview: the scoped provider paints its own page background. */
export const PreviewPane = styled.section`
  display: grid;
  gap: var(--sk-space-4);
  align-content: start;
  padding: var(--sk-space-4);
  border: var(--sk-border-width-default) solid var(--sk-color-neutral-border-subtle);
  border-radius: var(--sk-radius-lg);
  background: var(--sk-color-neutral-background);
  color: var(--sk-color-neutral-text);
  font-family: var(--sk-font-family-body);
  min-inline-size: 0;
`;

export const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-3);
`;

export const Command = styled.pre`
  margin: 0;
  padding: var(--sk-space-3);
  border-radius: var(--sk-radius-md);
  background: var(--sk-color-neutral-surface);
  color: var(--sk-color-neutral-text);
  font-family: var(--sk-font-family-mono);
  font-size: var(--sk-font-size-sm);
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;
