export {
  type ProgressMilestone,
  ProgressTimeline,
  type ProgressTimelineLabels,
  type ProgressTimelineProps,
} from './ProgressTimeline.js';
