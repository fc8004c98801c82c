export {
  CaseCard,
  type CaseCardLabels,
  type CaseCardProps,
  type CaseCardVariant,
} from './CaseCard.js';
export { CaseCardSkeleton, type CaseCardSkeletonProps } from './CaseCardSkeleton.js';
