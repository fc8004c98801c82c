import { css } from 'styled-components';

/** A box whose image fills it, cropped rather than stretched: the cards' pictures. */
export const coverImage = css`
  background: var(--sk-color-neutral-background-tinted);

  & img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
`;
