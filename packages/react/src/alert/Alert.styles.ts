import styled from 'styled-components';

export const StyledAlert = styled.div`
  --_bg: var(--sk-color-info-surface);
  --_border: var(--sk-color-info-border);
  --_icon: var(--sk-color-info-text);

  display: flex;
  gap: var(--sk-space-3);
  box-sizing: border-box;
  padding: var(--sk-space-4);
  border: var(--sk-border-width-default) solid var(--_border);
  border-inline-start-width: 0.375rem;
  border-radius: var(--sk-radius-md);
  background: var(--_bg);
  color: var(--sk-color-neutral-text);
  overflow-wrap: break-word;

  &[data-variant='success'] {
    --_bg: var(--sk-color-success-surface);
    --_border: var(--sk-color-success-border);
    --_icon: var(--sk-color-success-text);
  }
  &[data-variant='warning'] {
    --_bg: var(--sk-color-warning-surface);
    --_border: var(--sk-color-warning-border);
    --_icon: var(--sk-color-warning-text);
  }
  &[data-variant='danger'] {
    --_bg: var(--sk-color-danger-surface);
    --_border: var(--sk-color-danger-border);
    --_icon: var(--sk-color-danger-text);
  }

  & > svg {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    color: var(--_icon);
  }

  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;

export const Content = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-2);
  min-width: 0;
  flex: 1;
`;
