import { styled } from 'styled-components';

export const Page = styled.article`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-6);
  min-width: 0;
  max-width: 48rem;
  color: var(--sk-color-neutral-text);
  font-family: var(--sk-font-family-body);
  overflow-wrap: anywhere;
`;

export const Header = styled.header`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: var(--sk-space-3);
  min-width: 0;
`;

export const Meta = styled.dl`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
  gap: var(--sk-space-3) var(--sk-space-5);
  width: 100%;
  margin: 0;
  font-size: var(--sk-font-size-sm);

  & dt {
    color: var(--sk-color-neutral-text-subtle);
  }
  & dd {
    margin: 0;
    font-weight: var(--sk-font-weight-medium);
  }
`;

export const Figure = styled.figure`
  width: 100%;
  margin: 0;

  & img {
    display: block;
    width: 100%;
    max-height: 24rem;
    object-fit: cover;
    border-radius: var(--sk-radius-lg);
    background: var(--sk-color-neutral-background-tinted);
  }
`;

export const Sections = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-6);
`;

export const Section = styled.section`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-3);
  min-width: 0;
  /* The in-page menu's targets: keep a little room above a heading the menu jumps to. */
  scroll-margin-top: var(--sk-space-4);

  & > h2,
  & > h3,
  & > h4,
  & > h5,
  & > h6 {
    scroll-margin-top: var(--sk-space-4);
  }
  & > div {
    display: flex;
    flex-direction: column;
    gap: var(--sk-space-3);
  }
`;
