import { styled } from 'styled-components';

export const Media = styled.div`
  order: -1;
  aspect-ratio: 16 / 9;
  overflow: hidden;
  border-radius: var(--sk-radius-md);
  background: var(--sk-color-neutral-background-tinted);

  & img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
`;

export const Category = styled.p`
  margin: 0;
  color: var(--sk-color-accent-text);
  font-size: var(--sk-font-size-sm);
  font-weight: var(--sk-font-weight-medium);
`;
