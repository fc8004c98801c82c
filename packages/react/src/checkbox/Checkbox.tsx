import { forwardRef, type InputHTMLAttributes, type ReactNode, useId } from 'react';
import { useCheckboxGroup } from '../checkbox-group/context.js';
import { type FieldLabels, RequirementMarker } from '../field/Field.js';
import { joinIds } from '../field/useField.js';
import { useFieldsetContext } from '../fieldset/Fieldset.js';
import { ValidationMessage } from '../validation-message/ValidationMessage.js';
import { ChoiceDescription, ChoiceLabel, ChoiceRoot, Input, Row, Text } from './Choice.styles.js';

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
    label,
    description,
    error,
    required,
    labels,
    id,
    value = 'on',
    checked,
    defaultChecked,
    name,
    onChange,
    className,
    style,
    'aria-describedby': describedBy,
    'aria-invalid': ariaInvalid,
    ...rest
  },
  ref,
) {
  const group = useCheckboxGroup();
  const fieldset = useFieldsetContext();
  const auto = useId();
  const inputId = id ?? `sk-checkbox${auto}`;
  const descriptionId = `${inputId}-description`;
  const errorId = `${inputId}-error`;
  const hasDescription = description !== undefined && description !== null;
  const hasError =
    !group && error !== undefined && error !== null && error !== false && error !== '';
  const invalid = hasError || Boolean(fieldset?.invalid);
  return (
    <ChoiceRoot
      className={className}
      style={style}
      data-invalid={invalid ? 'true' : undefined}
      data-standalone={group ? undefined : 'true'}
    >
      {hasError ? (
        <ValidationMessage id={errorId} labels={{ prefix: labels?.errorPrefix }}>
          {error}
        </ValidationMessage>
      ) : null}
      <Row>
        <Input
          ref={ref}
          type="checkbox"
          id={inputId}
          name={group?.name ?? name}
          value={value}
          checked={group ? group.value.includes(value) : checked}
          defaultChecked={group ? undefined : defaultChecked}
          onChange={(event) => {
            onChange?.(event);
            group?.toggle(value, event.target.checked, event);
          }}
          aria-describedby={joinIds(
            hasDescription && descriptionId,
            hasError && errorId,
            describedBy,
          )}
          aria-invalid={invalid ? true : ariaInvalid}
          aria-required={!group && required ? true : undefined}
          {...rest}
        />
        <Text>
          <ChoiceLabel htmlFor={inputId}>
            {label}
            {group ? null : <RequirementMarker required={required} labels={labels} />}
          </ChoiceLabel>
          {hasDescription ? (
            <ChoiceDescription id={descriptionId}>{description}</ChoiceDescription>
          ) : null}
        </Text>
      </Row>
    </ChoiceRoot>
  );
});
