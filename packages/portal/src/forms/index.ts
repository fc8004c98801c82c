export {
  DraftNotice,
  type DraftNoticeProps,
  errorSummaryItems,
  FormConfirmation,
  type FormConfirmationProps,
  Honeypot,
  type HoneypotProps,
  SubmitFailure,
  type SubmitFailureProps,
} from './FormParts.js';
export {
  DEFAULT_DRAFT_MAX_AGE,
  DEFAULT_REMEMBER_MAX_AGE,
  type FormDraftOptions,
  type FormErrors,
  type FormField,
  type FormFieldError,
  type FormProblem,
  type FormRememberOptions,
  type FormState,
  type FormStatus,
  type FormSubmitOutcome,
  type FormSubmitResult,
  type FormValues,
  type UseFormOptions,
  useForm,
} from './useForm.js';
export { isEmailLike } from './validate.js';
