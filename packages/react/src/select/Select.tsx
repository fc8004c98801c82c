import { forwardRef, type ReactNode, type SelectHTMLAttributes } from 'react';
import { Field, type FieldBaseProps } from '../field/Field.js';
import { useFieldControl } from '../field/useField.js';
import { StyledSelect, Wrapper } from './Select.styles.js';

export interface SelectProps
  extends FieldBaseProps,
    Omit<SelectHTMLAttributes<HTMLSelectElement>, 'required'> {
  /**
   * A first, empty option ("Velg kommune") for when no answer is chosen yet. It has the value
   * `""`, so a required select can be checked for it.
   */
  placeholder?: string;
  /** The `<option>` and `<optgroup>` elements. */
  children: ReactNode;
}

const FieldSelect = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(
  function FieldSelect(props, ref) {
    return <StyledSelect ref={ref} {...useFieldControl(props)} />;
  },
);

/**
 * The browser's own select, with a label, description and error, for choosing one of many
 * options (for a few, use a `RadioGroup`). Native, so it works with every keyboard, screen
 * reader and phone picker.
 */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(
  {
    label,
    description,
    error,
    required,
    optional,
    labels,
    id,
    disabled,
    placeholder,
    multiple,
    children,
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
      <Wrapper
        data-multiple={multiple ? 'true' : undefined}
        data-disabled={disabled ? 'true' : undefined}
      >
        <FieldSelect ref={ref} disabled={disabled} multiple={multiple} {...rest}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {children}
        </FieldSelect>
      </Wrapper>
    </Field>
  );
});
