import { Details, staticCss } from '@samskap/react';
import { css, styled } from 'styled-components';

export const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-4);
  min-width: 0;
  color: var(--sk-color-neutral-text);
`;

export const SearchRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: var(--sk-space-2);

  & > :first-child {
    flex: 1 1 12rem;
    min-width: 0;
  }
`;

export const Active = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--sk-space-2);

  & > p {
    margin: 0;
    font-weight: var(--sk-font-weight-bold);
  }
  & > ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sk-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  & > ul > li {
    max-width: 100%;
    overflow-wrap: anywhere;
  }
`;

/**
 * The width from which the facets stay open beside the results. `CaseLibraryLayout` puts the
 * filters beside the list from the same width.
 */
export const WIDE_MEDIA = '(min-width: 48rem)';

/**
 * The facets in a disclosure that is closed in the HTML. On a wide screen, CSS shows its content
 * and hides the summary, so the server's HTML shows the facets there before scripts run, and the
 * layout does not change when they do. Browsers without `::details-content` keep the disclosure
 * at every width, which still works.
 */
export const FacetsPanel = styled(Details)(
  staticCss(css`
  @supports selector(::details-content) {
    @media ${WIDE_MEDIA} {
      &[data-collapse='narrow'] {
        border-block: 0;
      }
      &[data-collapse='narrow'] > summary {
        display: none;
      }
      &[data-collapse='narrow']::details-content {
        content-visibility: visible;
      }
      &[data-collapse='narrow'] > summary + * {
        padding: 0;
      }
    }
  }
`),
);

export const Facets = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-4);
`;

export const Options = styled.ul`
  display: flex;
  flex-direction: column;
  gap: var(--sk-space-1);
  margin: 0;
  padding: 0;
  list-style: none;
  overflow-wrap: anywhere;

  & > li[data-count='0'] {
    color: var(--sk-color-neutral-text-subtle);
  }
`;

export const Years = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: var(--sk-space-3);

  & > * {
    flex: 1 1 7rem;
    min-width: 0;
  }
`;
