import { type LabelOverrides, Skeleton, useLabels, VisuallyHidden } from '@samskap/react';
import { forwardRef, type HTMLAttributes } from 'react';
import type { CaseCardVariant } from './CaseCard.js';
import { Body, Media, Root } from './CaseCard.styles.js';

export interface CaseCardSkeletonProps extends HTMLAttributes<HTMLDivElement> {
  /**
   * The layout, matching the cards that will replace it.
   * @default 'default'
   */
  variant?: CaseCardVariant;
  /**
   * Hide the skeleton from assistive technology, for lists that announce loading once for all
   * their skeletons.
   * @default false
   */
  silent?: boolean;
  /** Overrides of the built-in strings. */
  labels?: LabelOverrides<keyof typeof labelKeys>;
}

const labelKeys = { loading: 'cases.card.loading' } as const;

/** A placeholder in the shape of a case card while cases load. */
export const CaseCardSkeleton = forwardRef<HTMLDivElement, CaseCardSkeletonProps>(
  function CaseCardSkeleton({ variant = 'default', silent = false, labels, ...rest }, ref) {
    const label = useLabels(labelKeys, labels);
    return (
      <Root
        forwardedAs="div"
        ref={ref}
        data-variant={variant}
        data-skeleton="true"
        aria-hidden={silent ? true : undefined}
        {...rest}
      >
        {variant === 'compact' ? null : (
          <Media>
            <Skeleton
              variant="rectangle"
              width="100%"
              height="100%"
              style={{ minHeight: '8rem' }}
            />
          </Media>
        )}
        <Body>
          {silent ? null : <VisuallyHidden>{label('loading')}</VisuallyHidden>}
          <Skeleton width="35%" height="1.25rem" />
          <Skeleton width="85%" height="1.5rem" />
          {variant === 'compact' ? null : (
            <>
              <Skeleton width="100%" height="1rem" />
              <Skeleton width="70%" height="1rem" />
            </>
          )}
          <Skeleton width="50%" height="1rem" />
        </Body>
      </Root>
    );
  },
);
