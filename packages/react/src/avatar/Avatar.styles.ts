import styled from 'styled-components';

export const StyledAvatar = styled.span`
  --_bg: var(--sk-color-accent-surface);
  --_fg: var(--sk-color-accent-text);

  display: inline-flex;
  align-items: center;
  justify-content: center;
  flex: none;
  box-sizing: border-box;
  width: 2.5rem;
  height: 2.5rem;
  overflow: hidden;
  border-radius: var(--sk-radius-full);
  border: var(--sk-border-width-default) solid var(--sk-color-neutral-border-subtle);
  background: var(--_bg);
  color: var(--_fg);
  font-size: var(--sk-font-size-sm);
  font-weight: var(--sk-font-weight-bold);
  line-height: 1;
  user-select: none;
  vertical-align: middle;

  &[data-size='sm'] {
    width: 2rem;
    height: 2rem;
    font-size: var(--sk-font-size-xs);
  }
  &[data-size='lg'] {
    width: 3.5rem;
    height: 3.5rem;
    font-size: var(--sk-font-size-lg);
  }

  &[data-color='brand2'] {
    --_bg: var(--sk-color-brand2-surface);
    --_fg: var(--sk-color-brand2-text);
  }
  &[data-color='info'] {
    --_bg: var(--sk-color-info-surface);
    --_fg: var(--sk-color-info-text);
  }
  &[data-color='success'] {
    --_bg: var(--sk-color-success-surface);
    --_fg: var(--sk-color-success-text);
  }
  &[data-color='neutral'] {
    --_bg: var(--sk-color-neutral-surface);
    --_fg: var(--sk-color-neutral-text);
  }

  img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;
