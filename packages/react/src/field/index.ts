export {
  Field,
  type FieldBaseProps,
  type FieldLabels,
  type FieldProps,
  RequirementMarker,
} from './Field.js';
export {
  type FieldState,
  joinIds,
  type UseFieldOptions,
  useField,
  useFieldContext,
  useFieldControl,
} from './useField.js';
