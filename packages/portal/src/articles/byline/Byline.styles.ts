import { styled } from 'styled-components';

export const Root = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-3);
  min-width: 0;
  color: var(--sk-color-neutral-text);
  font-size: var(--sk-font-size-sm);
  overflow-wrap: anywhere;

  & p {
    margin: 0;
  }
  &[data-variant='compact'] {
    gap: var(--sk-space-1);
  }
`;

export const Authors = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-1);

  & > p {
    color: var(--sk-color-neutral-text-subtle);
  }
  & > ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sk-space-2) var(--sk-space-5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;

export const Author = styled.li`
  display: flex;
  flex-direction: column;
  min-width: 0;

  & > span {
    color: var(--sk-color-neutral-text-subtle);
  }
`;

export const Facts = styled.dl`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-1) var(--sk-space-5);
  margin: 0;

  & > div {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sk-space-1);
    min-width: 0;
  }
  & dt {
    color: var(--sk-color-neutral-text-subtle);
  }
  [data-variant='full'] > & dt::after {
    content: ':';
  }
  & dd {
    margin: 0;
  }
`;
