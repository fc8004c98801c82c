import { List } from '@samskap/react';
import { styled } from 'styled-components';

export const Root = styled.footer`
  box-sizing: border-box;
  padding: var(--sk-space-5) var(--sk-space-4);
  background: var(--sk-color-neutral-background-tinted);
  color: var(--sk-color-neutral-text);
  border-block-start: var(--sk-border-width-default) solid var(--sk-color-neutral-border-subtle);
  line-height: var(--sk-font-line-height-body);
`;

export const Columns = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  gap: var(--sk-space-5);
`;

export const Section = styled.section`
  min-width: 0;
`;

export const Details = styled.dl`
  display: grid;
  grid-template-columns: auto 1fr;
  gap: var(--sk-space-1) var(--sk-space-3);
  margin: var(--sk-space-2) 0 0;

  dt {
    font-weight: var(--sk-font-weight-medium);
  }
  dd {
    min-width: 0;
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

// A plain List (no markers): its items are already spaced apart.
export const Links = styled(List)`
  margin-top: var(--sk-space-2);
`;

export const Organisation = styled.p`
  margin: var(--sk-space-5) 0 0;
  font-size: var(--sk-font-size-sm);
  overflow-wrap: anywhere;
`;
