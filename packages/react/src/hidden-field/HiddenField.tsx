import { forwardRef, type InputHTMLAttributes } from 'react';

export interface HiddenFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'children'> {
  /** The name the value is posted under. */
  name: string;
  /** The value posted with the form. */
  value: string;
}

/**
 * A value the form posts without showing it: the id of the comment being answered, a choice
 * made with toggle buttons. It makes a form built from buttons a working HTML post before
 * scripts load, or without them. Not for anything the person should see or change.
 */
export const HiddenField = forwardRef<HTMLInputElement, HiddenFieldProps>(function HiddenField(
  { name, value, ...rest },
  ref,
) {
  return <input ref={ref} {...rest} type="hidden" name={name} value={value} />;
});
