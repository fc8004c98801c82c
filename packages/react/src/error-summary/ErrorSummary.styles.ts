import { css, styled } from 'styled-components';
import { focusRing } from '../utils/focus.js';
import { staticCss } from '../utils/staticCss.js';

export const Root = styled.section(
  staticCss(css`
  box-sizing: border-box;
  max-width: 100%;
  padding: var(--sk-space-5);
  border: var(--sk-space-1) solid var(--sk-color-danger-base);
  border-radius: var(--sk-radius-md);
  background: var(--sk-color-neutral-background);
  color: var(--sk-color-neutral-text);
  overflow-wrap: anywhere;

  /* Focus arrives by script after a submit, which :focus-visible may not match. */
  &:focus {
    ${focusRing}
  }
`),
);

export const Heading = styled.h2`
  margin: 0 0 var(--sk-space-4);
  font-family: var(--sk-font-family-heading);
  font-size: var(--sk-font-size-lg);
  font-weight: var(--sk-font-weight-bold);
  line-height: var(--sk-font-line-height-tight);
`;

export const List = styled.ul`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-2);
  margin: 0;
  padding-inline-start: var(--sk-space-5);
`;

export const ItemLink = styled.a(
  staticCss(css`
  color: var(--sk-color-danger-text);
  font-weight: var(--sk-font-weight-bold);
  text-decoration: underline;
  text-underline-offset: 0.15em;

  &:hover {
    text-decoration-thickness: 0.15em;
  }
  &:focus-visible {
    ${focusRing}
  }
`),
);
