import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { Root, Slot } from './CaseLibraryLayout.styles.js';

export interface CaseLibraryLayoutProps extends HTMLAttributes<HTMLDivElement> {
  /** The filters, usually a `CaseFilters`. */
  filters: ReactNode;
  /** The results, usually a `CaseList`. */
  children: ReactNode;
}

/**
 * Puts the filters beside the results on wide screens (from 48 rem) and above them on narrow
 * ones, at the same width at which `CaseFilters` folds its facets away. The width is decided in
 * CSS, so the server's HTML has the right layout before any script runs.
 */
export const CaseLibraryLayout = forwardRef<HTMLDivElement, CaseLibraryLayoutProps>(
  function CaseLibraryLayout({ filters, children, ...rest }, ref) {
    return (
      <Root ref={ref} {...rest}>
        <Slot>{filters}</Slot>
        <Slot>{children}</Slot>
      </Root>
    );
  },
);
