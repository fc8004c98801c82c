import { styled } from 'styled-components';

// Off screen rather than display:none, because some bots skip fields that are not rendered. It is
// aria-hidden and out of the tab order, so neither people nor screen readers meet it.
export const Trap = styled.div`
  position: absolute;
  left: -100vw;
  top: auto;
  width: 1px;
  height: 1px;
  overflow: hidden;
`;

export const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-3);
`;

/** The frame of every portal form: fields in one column at a readable width. */
export const FormRoot = styled.form`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-5);
  max-width: var(--sk-content-width-text);
  min-width: 0;
  color: var(--sk-color-neutral-text);
  font-family: var(--sk-font-family-body);
  line-height: var(--sk-font-line-height-body);
`;
