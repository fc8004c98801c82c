import { focusRing } from '@samskap/react';
import { styled } from 'styled-components';

export const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-4);
  min-width: 0;
  color: var(--sk-color-neutral-text);
`;

export const SearchRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: var(--sk-space-2);

  & > :first-child {
    flex: 1 1 12rem;
    min-width: 0;
  }
`;

export const Active = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--sk-space-2);

  & > p {
    margin: 0;
    font-weight: var(--sk-font-weight-bold);
  }
  & > ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sk-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  & > ul > li {
    max-width: 100%;
    overflow-wrap: anywhere;
  }
`;

export const Disclosure = styled.details`
  & > summary {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0 var(--sk-space-3);
    border: var(--sk-border-width-default) solid var(--sk-color-accent-border-strong);
    border-radius: var(--sk-radius-md);
    color: var(--sk-color-accent-text);
    font-weight: var(--sk-font-weight-medium);
    cursor: pointer;
  }
  & > summary:focus-visible {
    ${focusRing}
  }
  &[open] > summary {
    margin-bottom: var(--sk-space-3);
  }
  /* Wide enough to show the facets beside the results: they are always open. */
  @media (min-width: 48rem) {
    &[data-wide='true'] > summary {
      display: none;
    }
  }
`;

export const Facets = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-4);
`;

export const Options = styled.ul`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-1);
  margin: 0;
  padding: 0;
  list-style: none;
  overflow-wrap: anywhere;

  & > li[data-count='0'] {
    color: var(--sk-color-neutral-text-subtle);
  }
`;

export const Years = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-3);

  & > * {
    flex: 1 1 7rem;
    min-width: 0;
  }
`;
