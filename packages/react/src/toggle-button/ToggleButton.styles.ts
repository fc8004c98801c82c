import { styled } from 'styled-components';
import { Button } from '../button/Button.js';

// The pressed state is shown by fill, weight and a check mark, never by colour alone, and in
// forced-colors mode by the system's selected colours.
export const StyledToggleButton = styled(Button)`
  &[aria-pressed='true'] {
    --_bg: var(--sk-color-accent-base);
    --_bg-hover: var(--sk-color-accent-base-hover);
    --_bg-active: var(--sk-color-accent-base-active);
    --_fg: var(--sk-color-accent-on-base);
    --_border: var(--sk-color-accent-base);
    font-weight: var(--sk-font-weight-bold);
  }
  & > svg {
    flex: none;
    width: 1em;
    height: 1em;
  }

  @media (forced-colors: active) {
    &[aria-pressed='true'] {
      forced-color-adjust: none;
      background: SelectedItem;
      color: SelectedItemText;
      border-color: SelectedItem;
    }
  }
`;

export const Group = styled.div`
  display: inline-flex;
  flex-wrap: wrap;

  /* Joined into one control: inner corners square, the borders shared. */
  & > button:not(:first-child) {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    margin-inline-start: calc(-1 * var(--sk-border-width-strong));
  }
  & > button:not(:last-child) {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  & > button:focus-visible {
    position: relative;
    z-index: 1;
  }
`;
