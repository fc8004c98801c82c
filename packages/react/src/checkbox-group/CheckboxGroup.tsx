import { type ChangeEvent, forwardRef } from 'react';
import { Fieldset, type FieldsetProps } from '../fieldset/Fieldset.js';
import { useControllableState } from '../utils/useControllableState.js';
import { CheckboxGroupContext } from './context.js';

export interface CheckboxGroupProps extends Omit<FieldsetProps, 'onChange' | 'defaultValue'> {
  /** The name every checkbox in the group is sent with. */
  name?: string;
  /** The checked values, when you hold the state. */
  value?: readonly string[];
  /** The values checked at first, when the group holds the state. */
  defaultValue?: readonly string[];
  /** Called with every checked value, in the order of the checkboxes, when one changes. */
  onChange?: (value: string[], event: ChangeEvent<HTMLInputElement>) => void;
}

/**
 * Several `Checkbox`es that answer one question ("Hva gjelder forslaget? Velg alle som
 * passer"), in a fieldset with the question as its legend and the error on the group.
 */
export const CheckboxGroup = forwardRef<HTMLFieldSetElement, CheckboxGroupProps>(
  function CheckboxGroup({ name, value, defaultValue, onChange, children, ...rest }, ref) {
    const [current, setCurrent] = useControllableState<readonly string[]>(
      value,
      defaultValue ?? [],
    );
    const toggle = (item: string, checked: boolean, event: ChangeEvent<HTMLInputElement>) => {
      // Keep the checkboxes' order, not the order they were clicked in.
      const fieldset = event.target.closest('fieldset');
      const order = fieldset
        ? Array.from(
            fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
            (box) => box.value,
          )
        : [];
      const set = new Set(current);
      if (checked) set.add(item);
      else set.delete(item);
      const next = [...set].sort((a, b) => order.indexOf(a) - order.indexOf(b));
      setCurrent(next);
      onChange?.(next, event);
    };
    return (
      <CheckboxGroupContext.Provider value={{ name, value: current, toggle }}>
        <Fieldset ref={ref} {...rest}>
          {children}
        </Fieldset>
      </CheckboxGroupContext.Provider>
    );
  },
);
