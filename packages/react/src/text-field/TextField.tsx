import { forwardRef, type InputHTMLAttributes } from 'react';
import { Field, type FieldBaseProps } from '../field/Field.js';
import { useFieldControl } from '../field/useField.js';
import { Input } from './TextField.styles.js';

export type TextFieldType = 'text' | 'email' | 'tel' | 'url' | 'password' | 'search' | 'number';

export interface TextFieldProps
  extends FieldBaseProps,
    Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'required' | 'width'> {
  /**
   * The kind of text. For numbers such as an account or phone number, use `text` with
   * `inputMode="numeric"`: `number` changes the value on scroll and drops leading zeros.
   * @default 'text'
   */
  type?: TextFieldType;
  /**
   * How wide the input is, as a hint of the expected answer (`short` about 10 characters,
   * `medium` about 20). Never wider than its container.
   * @default 'full'
   */
  width?: 'short' | 'medium' | 'full';
}

const FieldInput = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(
  function FieldInput(props, ref) {
    return <Input ref={ref} {...useFieldControl(props)} />;
  },
);

/**
 * A one-line text input with its label, description and error. Every other prop goes to the
 * `<input>`, and the ref points at it.
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  {
    label,
    description,
    error,
    required,
    optional,
    labels,
    id,
    type = 'text',
    width = 'full',
    disabled,
    ...rest
  },
  ref,
) {
  return (
    <Field
      label={label}
      description={description}
      error={error}
      required={required}
      optional={optional}
      labels={labels}
      controlId={id}
      disabled={disabled}
    >
      <FieldInput
        ref={ref}
        type={type}
        data-width={width === 'full' ? undefined : width}
        disabled={disabled}
        {...rest}
      />
    </Field>
  );
});
