import { styled } from 'styled-components';
import { Icon } from '../icon/Icon.js';

export const Message = styled.p`
  display: flex;
  align-items: flex-start;
  gap: var(--sk-space-2);
  margin: 0;
  color: var(--sk-color-danger-text);
  font-weight: var(--sk-font-weight-medium);
  line-height: var(--sk-font-line-height-body);
  overflow-wrap: anywhere;
`;

// The icon is decorative: the hidden prefix tells screen readers it is an error, and the icon
// tells everyone else without relying on colour alone.
export const MessageIcon = styled(Icon)`
  flex: none;
  width: 1.25em;
  height: 1.25em;
  margin-top: 0.15em;
`;
