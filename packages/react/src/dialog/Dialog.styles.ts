import styled from 'styled-components';

export const StyledDialog = styled.dialog`
  box-sizing: border-box;
  width: min(40rem, calc(100vw - 2rem));
  max-height: calc(100dvh - 2rem);
  padding: 0;
  border: var(--sk-border-width-default) solid var(--sk-color-neutral-border-subtle);
  border-radius: var(--sk-radius-lg);
  background: var(--sk-color-neutral-background);
  color: var(--sk-color-neutral-text);
  box-shadow: var(--sk-shadow-lg);
  overflow-wrap: break-word;

  &[data-size='sm'] {
    width: min(28rem, calc(100vw - 2rem));
  }
  &[data-size='lg'] {
    width: min(56rem, calc(100vw - 2rem));
  }

  &::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  &:focus-visible {
    outline: var(--sk-focus-width) solid var(--sk-color-focus-outer);
    outline-offset: var(--sk-focus-offset);
  }

  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;

/** Fills the box, so a click on the dialog element itself can only be on the backdrop. */
export const Inner = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-4);
  padding: var(--sk-space-5);
`;

export const Header = styled.div`
  display: flex;
  align-items: flex-start;
  justify-content: space-between;
  gap: var(--sk-space-3);

  & > :first-child {
    /* The heading can be focused by script (tabindex -1) but shows no ring for it. */
    outline: none;
  }
  & > button {
    flex: none;
    margin: calc(var(--sk-space-2) * -1) calc(var(--sk-space-2) * -1) 0 0;
  }
`;

export const Footer = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-3);
  justify-content: flex-end;
`;
