export {
  PageFeedback,
  type PageFeedbackAnswer,
  type PageFeedbackLabels,
  type PageFeedbackProps,
  type PageFeedbackValue,
} from './PageFeedback.js';
