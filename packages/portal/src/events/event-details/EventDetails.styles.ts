import { styled } from 'styled-components';

export const Page = styled.article`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-5);
  min-width: 0;
  max-width: 48rem;
  color: var(--sk-color-neutral-text);
  overflow-wrap: anywhere;

  & > section {
    display: flex;
    flex-direction: column;
    gap: var(--sk-space-3);
  }
`;

export const Facts = styled.dl`
  display: grid;
  gap: var(--sk-space-3);
  margin: 0;

  & dt {
    color: var(--sk-color-neutral-text-subtle);
    font-size: var(--sk-font-size-sm);
  }
  & dd {
    margin: 0;
  }
`;

export const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--sk-space-3) var(--sk-space-5);

  &:empty {
    display: none;
  }
`;
