import styled from 'styled-components';

export const Nav = styled.nav`
  container-type: inline-size;
`;

export const List = styled.ol`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--sk-space-1) var(--sk-space-2);
  margin: 0;
  padding: 0;
  list-style: none;
  font-size: var(--sk-font-size-sm);
  color: var(--sk-color-neutral-text);

  & > li {
    display: inline-flex;
    align-items: center;
    gap: var(--sk-space-2);
    min-height: 1.5rem;
    overflow-wrap: anywhere;
  }
  svg {
    flex: none;
    width: 0.75rem;
    height: 0.75rem;
    color: var(--sk-color-neutral-text-subtle);
  }
  svg[data-back] {
    display: none;
  }

  /* Narrow: only the way up, as "< Parent". */
  @container (max-width: 30rem) {
    & > li:not([data-parent]) {
      display: none;
    }
    & > li[data-parent] svg {
      display: none;
    }
    & > li[data-parent] svg[data-back] {
      display: inline;
    }
  }
`;
