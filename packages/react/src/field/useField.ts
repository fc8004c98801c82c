import { type AriaAttributes, createContext, type ReactNode, useContext } from 'react';
import { useIdOr } from '../utils/useIdOr.js';

/** Joins id lists for `aria-describedby`, dropping empty parts. */
export function joinIds(...ids: (string | false | null | undefined)[]): string | undefined {
  const out = ids.filter(Boolean).join(' ').trim();
  return out === '' ? undefined : out;
}

/** Whether a description is given and so rendered (an empty string counts). */
export function isGiven(node: ReactNode): boolean {
  return node !== undefined && node !== null;
}

/** Whether an error has a message to show: not missing, `false` or empty. */
export function hasMessage(error: ReactNode): boolean {
  return isGiven(error) && error !== false && error !== '';
}

export interface UseFieldOptions {
  /** The control's id; one is made up when it is not given. */
  id?: string;
  /** Whether there is a description to link. */
  hasDescription?: boolean;
  /** Whether there is an error message to link. */
  hasError?: boolean;
  /** Marks the control invalid even without a message (a counter over its limit). */
  invalid?: boolean;
  required?: boolean;
  disabled?: boolean;
}

export interface FieldState {
  /** The control's id: the label's `for` and an error summary link's target. */
  controlId: string;
  labelId: string;
  descriptionId: string;
  errorId: string;
  /** Description then error, as `aria-describedby` wants them. */
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
  disabled: boolean;
}

/**
 * Makes the ids that tie a label, a description and an error to one control, and works out
 * the control's `aria-describedby` and invalid state. `Field` and `Fieldset` use it; use it
 * directly to build a field of your own.
 */
export function useField(options: UseFieldOptions = {}): FieldState {
  const controlId = useIdOr(options.id, 'sk-field');
  const descriptionId = `${controlId}-description`;
  const errorId = `${controlId}-error`;
  return {
    controlId,
    labelId: `${controlId}-label`,
    descriptionId,
    errorId,
    describedBy: joinIds(options.hasDescription && descriptionId, options.hasError && errorId),
    invalid: Boolean(options.hasError || options.invalid),
    required: Boolean(options.required),
    disabled: Boolean(options.disabled),
  };
}

export const FieldContext = createContext<FieldState | null>(null);

/** The field a control sits in, or null outside one. */
export function useFieldContext(): FieldState | null {
  return useContext(FieldContext);
}

export interface ControlProps {
  id?: string;
  disabled?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: AriaAttributes['aria-invalid'];
  'aria-required'?: AriaAttributes['aria-required'];
}

/**
 * Gives a control the id, `aria-describedby`, `aria-invalid` and `aria-required` of the
 * `Field` it sits in, keeping any `aria-describedby` of its own after the field's.
 */
export function useFieldControl<P extends ControlProps>(props: P): P {
  const field = useFieldContext();
  return field ? wireControl(field, props) : props;
}

/** What `useFieldControl` does, for a control that holds its field's state itself. */
export function wireControl<P extends ControlProps>(field: FieldState, props: P): P {
  return {
    ...props,
    id: field.controlId,
    disabled: props.disabled ?? (field.disabled || undefined),
    'aria-describedby': joinIds(field.describedBy, props['aria-describedby']),
    'aria-invalid': field.invalid ? true : props['aria-invalid'],
    // aria-required, not required: the native attribute makes the browser validate on submit
    // with its own bubbles, which the error summary pattern replaces.
    'aria-required': field.required ? true : props['aria-required'],
  };
}
