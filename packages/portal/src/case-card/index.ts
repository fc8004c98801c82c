export {
  CaseCard,
  type CaseCardLabels,
  type CaseCardProps,
  type CaseCardVariant,
  type HeadingLevel,
} from './CaseCard.js';
export { CaseCardSkeleton, type CaseCardSkeletonProps } from './CaseCardSkeleton.js';
