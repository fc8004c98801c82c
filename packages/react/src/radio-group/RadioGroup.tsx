import { type ChangeEvent, forwardRef, useId, useState } from 'react';
import { Fieldset, type FieldsetProps } from '../fieldset/Fieldset.js';
import { RadioGroupContext } from './context.js';

export interface RadioGroupProps extends Omit<FieldsetProps, 'onChange' | 'defaultValue'> {
  /** The name the options are sent with. Made up when not given. */
  name?: string;
  /** The chosen value, when you hold the state. */
  value?: string;
  /** The value chosen at first, when the group holds the state. */
  defaultValue?: string;
  /** Called with the chosen value. */
  onChange?: (value: string, event: ChangeEvent<HTMLInputElement>) => void;
}

/**
 * One choice among a few `Radio` options, in a fieldset with the question as its legend and
 * the error on the group. Arrow keys move between the options, as the browser gives radios.
 * For more than about seven options, consider a `Select`.
 */
export const RadioGroup = forwardRef<HTMLFieldSetElement, RadioGroupProps>(function RadioGroup(
  { name, value, defaultValue, onChange, children, ...rest },
  ref,
) {
  const auto = useId();
  const [own, setOwn] = useState(defaultValue);
  const select = (next: string, event: ChangeEvent<HTMLInputElement>) => {
    if (value === undefined) setOwn(next);
    onChange?.(next, event);
  };
  return (
    <RadioGroupContext.Provider
      value={{ name: name ?? `sk-radio-group${auto}`, value: value ?? own, select }}
    >
      <Fieldset ref={ref} {...rest}>
        {children}
      </Fieldset>
    </RadioGroupContext.Provider>
  );
});
