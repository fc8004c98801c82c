import { forwardRef, type InputHTMLAttributes, type ReactNode, useId } from 'react';
import {
  ChoiceDescription,
  ChoiceLabel,
  ChoiceRoot,
  Input,
  Row,
  Text,
} from '../checkbox/Choice.styles.js';
import { joinIds } from '../field/useField.js';
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
  {
    label,
    description,
    id,
    value,
    name,
    checked,
    onChange,
    className,
    style,
    'aria-describedby': describedBy,
    'aria-invalid': ariaInvalid,
    ...rest
  },
  ref,
) {
  const group = useRadioGroup();
  const fieldset = useFieldsetContext();
  const auto = useId();
  const inputId = id ?? `sk-radio${auto}`;
  const descriptionId = `${inputId}-description`;
  const hasDescription = description !== undefined && description !== null;
  return (
    <ChoiceRoot className={className} style={style}>
      <Row>
        <Input
          ref={ref}
          type="radio"
          id={inputId}
          name={group?.name ?? name}
          value={value}
          checked={group ? group.value === value : checked}
          onChange={(event) => {
            onChange?.(event);
            if (event.target.checked) group?.select(value, event);
          }}
          aria-describedby={joinIds(hasDescription && descriptionId, describedBy)}
          aria-invalid={fieldset?.invalid ? true : ariaInvalid}
          {...rest}
        />
        <Text>
          <ChoiceLabel htmlFor={inputId}>{label}</ChoiceLabel>
          {hasDescription ? (
            <ChoiceDescription id={descriptionId}>{description}</ChoiceDescription>
          ) : null}
        </Text>
      </Row>
    </ChoiceRoot>
  );
});
