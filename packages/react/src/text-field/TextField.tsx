import { forwardRef, type InputHTMLAttributes } from 'react';
import { type FieldBaseProps, FieldFrame } from '../field/Field.js';
import { splitFieldProps } from '../field/splitFieldProps.js';
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

/**
 * A one-line text input with its label, description and error. Every other prop goes to the
 * `<input>`, and the ref points at it.
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { type = 'text', width = 'full', ...props },
  ref,
) {
  const [field, rest] = splitFieldProps(props);
  return (
    <FieldFrame {...field}>
      {(wire) => (
        <Input
          ref={ref}
          {...wire({ type, 'data-width': width === 'full' ? undefined : width, ...rest })}
        />
      )}
    </FieldFrame>
  );
});
