import { styled } from 'styled-components';

export const Step = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-1);
  min-width: 0;
  padding-block-end: var(--sk-space-2);
  overflow-wrap: anywhere;

  & time {
    color: var(--sk-color-neutral-text-subtle);
    font-size: var(--sk-font-size-sm);
  }
  &[data-state='upcoming'] {
    color: var(--sk-color-neutral-text-subtle);
  }
`;

export const StepHead = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--sk-space-2);
`;

export const StepName = styled.strong`
  font-weight: var(--sk-font-weight-bold);
`;

export const StepMeta = styled.dl`
  display: grid;
  gap: var(--sk-space-1);
  margin: 0;
  font-size: var(--sk-font-size-sm);

  & dt {
    display: inline;
    font-weight: var(--sk-font-weight-medium);
  }
  & dt::after {
    content: ': ';
  }
  & dd {
    display: inline;
    margin: 0;
  }
`;
