import { type ChangeEvent, forwardRef } from 'react';
import { Fieldset, type FieldsetProps } from '../fieldset/Fieldset.js';
import { useControllableState } from '../utils/useControllableState.js';
import { useIdOr } from '../utils/useIdOr.js';
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
  { name, value, defaultValue, onChange, required, children, ...rest },
  ref,
) {
  const groupName = useIdOr(name, 'sk-radio-group');
  const [current, setCurrent] = useControllableState(value, defaultValue);
  const select = (next: string, event: ChangeEvent<HTMLInputElement>) => {
    setCurrent(next);
    onChange?.(next, event);
  };
  return (
    <RadioGroupContext.Provider value={{ name: groupName, value: current, select }}>
      {/* A required group says so twice: the marker in its legend, and aria-required, which
          ARIA allows on a radiogroup (not on a plain group). */}
      <Fieldset
        ref={ref}
        required={required}
        role={required ? 'radiogroup' : undefined}
        aria-required={required || undefined}
        {...rest}
      >
        {children}
      </Fieldset>
    </RadioGroupContext.Provider>
  );
});
