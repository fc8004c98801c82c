import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { Choice } from '../checkbox/Choice.js';
import { useFieldsetContext } from '../fieldset/Fieldset.js';
import { useRadioGroup } from './context.js';

export interface RadioProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'required'> {
  /** The visible label, beside the button. */
  label: ReactNode;
  /** Help text under the label, read with the option. */
  description?: ReactNode;
  /** The value sent with the form, and the option's key in its `RadioGroup`. */
  value: string;
}

/** One option of a `RadioGroup`, which gives it its name and checked state. */
export const Radio = forwardRef<HTMLInputElement, RadioProps>(function Radio(
  { value, name, checked, onChange, 'aria-invalid': ariaInvalid, ...rest },
  ref,
) {
  const group = useRadioGroup();
  const fieldset = useFieldsetContext();
  return (
    <Choice
      ref={ref}
      type="radio"
      name={group?.name ?? name}
      value={value}
      checked={group ? group.value === value : checked}
      onChange={(event) => {
        onChange?.(event);
        if (event.target.checked) group?.select(value, event);
      }}
      aria-invalid={fieldset?.invalid ? true : ariaInvalid}
      {...rest}
    />
  );
});
