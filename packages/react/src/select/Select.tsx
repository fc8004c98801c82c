import { forwardRef, type ReactNode, type SelectHTMLAttributes } from 'react';
import { type FieldBaseProps, FieldFrame } from '../field/Field.js';
import { splitFieldProps } from '../field/splitFieldProps.js';
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

/**
 * The browser's own select, with a label, description and error, for choosing one of many
 * options (for a few, use a `RadioGroup`). Native, so it works with every keyboard, screen
 * reader and phone picker.
 */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(
  { placeholder, multiple, children, ...props },
  ref,
) {
  const [field, rest] = splitFieldProps(props);
  return (
    <FieldFrame {...field}>
      {(wire) => (
        <Wrapper
          data-multiple={multiple ? 'true' : undefined}
          data-disabled={field.disabled ? 'true' : undefined}
        >
          <StyledSelect ref={ref} {...wire({ multiple, ...rest })}>
            {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
            {children}
          </StyledSelect>
        </Wrapper>
      )}
    </FieldFrame>
  );
});
