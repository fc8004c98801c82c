export { CommentForm, type CommentFormProps } from './CommentForm.js';
export type { CommentFormLabels } from './labels.js';
export {
  type CommentFieldError,
  type CommentFormStatus,
  type CommentFormValues,
  type CommentSubmission,
  type CommentSubmitOutcome,
  type CommentSubmitResult,
  type UseCommentFormOptions,
  useCommentForm,
} from './useCommentForm.js';
export {
  type CommentFieldProblem,
  type CommentFormField,
  DEFAULT_COMMENT_MAX_LENGTH,
  validateComment,
} from './validate.js';
