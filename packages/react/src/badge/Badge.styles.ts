import styled from 'styled-components';

export const StyledBadge = styled.span`
  --_bg: var(--sk-color-neutral-surface);
  --_fg: var(--sk-color-neutral-text);
  --_border: var(--sk-color-neutral-border-subtle);

  display: inline-flex;
  align-items: center;
  gap: var(--sk-space-1);
  box-sizing: border-box;
  max-width: 100%;
  padding: 0 var(--sk-space-2);
  border: var(--sk-border-width-default) solid var(--_border);
  border-radius: var(--sk-radius-full);
  background: var(--_bg);
  color: var(--_fg);
  font-size: var(--sk-font-size-sm);
  font-weight: var(--sk-font-weight-medium);
  line-height: 1.5;
  overflow-wrap: anywhere;
  vertical-align: middle;

  &[data-size='sm'] {
    font-size: var(--sk-font-size-xs);
    padding: 0 var(--sk-space-1);
  }

  &[data-color='accent'] {
    --_bg: var(--sk-color-accent-surface);
    --_fg: var(--sk-color-accent-text);
    --_border: var(--sk-color-accent-border-subtle);
  }
  &[data-color='info'] {
    --_bg: var(--sk-color-info-surface);
    --_fg: var(--sk-color-info-text);
    --_border: var(--sk-color-info-border-subtle);
  }
  &[data-color='success'] {
    --_bg: var(--sk-color-success-surface);
    --_fg: var(--sk-color-success-text);
    --_border: var(--sk-color-success-border-subtle);
  }
  &[data-color='warning'] {
    --_bg: var(--sk-color-warning-surface);
    --_fg: var(--sk-color-warning-text);
    --_border: var(--sk-color-warning-border-subtle);
  }
  &[data-color='danger'] {
    --_bg: var(--sk-color-danger-surface);
    --_fg: var(--sk-color-danger-text);
    --_border: var(--sk-color-danger-border-subtle);
  }

  &[data-variant='strong'] {
    --_bg: var(--sk-color-neutral-base);
    --_fg: var(--sk-color-neutral-on-base);
    --_border: var(--sk-color-neutral-base);
  }
  &[data-variant='strong'][data-color='accent'] {
    --_bg: var(--sk-color-accent-base);
    --_fg: var(--sk-color-accent-on-base);
    --_border: var(--sk-color-accent-base);
  }
  &[data-variant='strong'][data-color='info'] {
    --_bg: var(--sk-color-info-base);
    --_fg: var(--sk-color-info-on-base);
    --_border: var(--sk-color-info-base);
  }
  &[data-variant='strong'][data-color='success'] {
    --_bg: var(--sk-color-success-base);
    --_fg: var(--sk-color-success-on-base);
    --_border: var(--sk-color-success-base);
  }
  &[data-variant='strong'][data-color='warning'] {
    --_bg: var(--sk-color-warning-base);
    --_fg: var(--sk-color-warning-on-base);
    --_border: var(--sk-color-warning-base);
  }
  &[data-variant='strong'][data-color='danger'] {
    --_bg: var(--sk-color-danger-base);
    --_fg: var(--sk-color-danger-on-base);
    --_border: var(--sk-color-danger-base);
  }

  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;
