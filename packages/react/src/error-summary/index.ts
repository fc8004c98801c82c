export {
  ErrorSummary,
  type ErrorSummaryError,
  type ErrorSummaryLabels,
  type ErrorSummaryProps,
} from './ErrorSummary.js';
export { focusField } from './focusField.js';
