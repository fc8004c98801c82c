import { forwardRef, type HTMLAttributes, type ReactNode, useMemo } from 'react';
import { useControllableState } from '../utils/useControllableState.js';
import { ToggleGroupContext } from './context.js';
import { Group } from './ToggleButton.styles.js';

export interface ToggleGroupProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'onChange' | 'defaultValue'> {
  /** What the buttons choose between ("Visning"): the group's accessible name. */
  label: string;
  /** The pressed button's value, when you hold the state. */
  value?: string;
  /** The value pressed at first, when the group holds the state. */
  defaultValue?: string;
  /** Called with the value of the button the reader presses. */
  onChange?: (value: string) => void;
  /** `ToggleButton`s, each with a `value`. */
  children: ReactNode;
}

/**
 * A row of `ToggleButton`s of which one is pressed, such as grid or list. A `group` named by
 * `label`; each button is a tab stop of its own, so it works like the buttons it is. For a
 * choice in a form, use a `RadioGroup`.
 */
export const ToggleGroup = forwardRef<HTMLDivElement, ToggleGroupProps>(function ToggleGroup(
  { label, value, defaultValue, onChange, children, ...rest },
  ref,
) {
  const [current, setCurrent] = useControllableState(value, defaultValue);
  const context = useMemo(
    () => ({
      value: current,
      select: (next: string) => {
        setCurrent(next);
        onChange?.(next);
      },
    }),
    [current, setCurrent, onChange],
  );
  return (
    <ToggleGroupContext.Provider value={context}>
      <Group ref={ref} role="group" aria-label={label} {...rest}>
        {children}
      </Group>
    </ToggleGroupContext.Provider>
  );
});
