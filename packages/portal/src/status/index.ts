export type { StatusLabelName, StatusLabels } from './labels.js';
export {
  type IdeaStatus,
  ideaStatuses,
  isProgressStatus,
  type ProgressStatus,
} from './model.js';
export {
  type ProgressMilestone,
  ProgressTimeline,
  type ProgressTimelineLabels,
  type ProgressTimelineProps,
} from './progress-timeline/index.js';
export { StatusBadge, type StatusBadgeProps } from './status-badge/index.js';
