export type { TipFormLabels } from './labels.js';
export { TipForm, type TipFormProps, type TipSubmission, type TipSubmitResult } from './TipForm.js';
export {
  type TipFieldProblem,
  type TipFormField,
  type TipLimits,
  type TipValues,
  validateTip,
} from './validate.js';
