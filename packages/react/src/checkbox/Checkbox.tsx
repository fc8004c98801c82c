import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { useCheckboxGroup } from '../checkbox-group/context.js';
import { type FieldLabels, RequirementMarker } from '../field/Field.js';
import { hasMessage } from '../field/useField.js';
import { useFieldsetContext } from '../fieldset/Fieldset.js';
import { Choice } from './Choice.js';

export interface CheckboxProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'required' | 'value'> {
  /** The visible label, beside the box. */
  label: ReactNode;
  /** Help text under the label, read with the checkbox. */
  description?: ReactNode;
  /**
   * The value sent with the form when checked, and the checkbox's key in a `CheckboxGroup`.
   * @default 'on'
   */
  value?: string;
  /**
   * What is wrong, for a checkbox on its own (such as accepting terms). In a `CheckboxGroup`,
   * put the error on the group.
   */
  error?: ReactNode;
  /**
   * For a checkbox on its own that must be checked: shows the marker and sets `aria-required`.
   * @default false
   */
  required?: boolean;
  /** Overrides of the built-in strings. */
  labels?: Partial<FieldLabels>;
}

/**
 * A checkbox with its label. On its own it answers a yes/no question; inside a
 * `CheckboxGroup` it is one of several answers and takes its name and checked state from the
 * group.
 */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(
  {
    error,
    required,
    labels,
    value = 'on',
    checked,
    defaultChecked,
    name,
    onChange,
    'aria-invalid': ariaInvalid,
    ...rest
  },
  ref,
) {
  const group = useCheckboxGroup();
  const fieldset = useFieldsetContext();
  const hasError = !group && hasMessage(error);
  const invalid = hasError || Boolean(fieldset?.invalid);
  return (
    <Choice
      ref={ref}
      type="checkbox"
      marker={group ? null : <RequirementMarker required={required} labels={labels} />}
      error={hasError ? error : undefined}
      errorPrefix={labels?.errorPrefix}
      invalid={invalid}
      standalone={!group}
      name={group?.name ?? name}
      value={value}
      checked={group ? group.value.includes(value) : checked}
      defaultChecked={group ? undefined : defaultChecked}
      onChange={(event) => {
        onChange?.(event);
        group?.toggle(value, event.target.checked, event);
      }}
      aria-invalid={invalid ? true : ariaInvalid}
      aria-required={!group && required ? true : undefined}
      {...rest}
    />
  );
});
