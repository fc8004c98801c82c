import { forwardRef, type MouseEvent } from 'react';
import type { ButtonBaseProps, ButtonTextContent } from '../button/Button.js';
import { Icon } from '../icon/Icon.js';
import { useControllableState } from '../utils/useControllableState.js';
import { useToggleGroup } from './context.js';
import { StyledToggleButton } from './ToggleButton.styles.js';

export type ToggleButtonProps = Omit<ButtonBaseProps, 'aria-pressed' | 'variant'> &
  ButtonTextContent & {
    /** Whether it is pressed, when you hold the state. */
    pressed?: boolean;
    /**
     * Whether it is pressed at first, when the button holds the state.
     * @default false
     */
    defaultPressed?: boolean;
    /** Called with the new state when the reader presses it. */
    onPressedChange?: (pressed: boolean) => void;
    /** Inside a `ToggleGroup`: the value this button stands for. */
    value?: string;
    /**
     * `secondary` for a button on its own, `tertiary` for quiet ones in a row (votes).
     * @default 'secondary'
     */
    variant?: 'secondary' | 'tertiary';
  };

/**
 * A button that is on or off (`aria-pressed`), such as a vote or "show as list". Pressed, it is
 * filled and bold with a check mark, so the state is seen without colour, also in forced-colors
 * mode. Its name must not change with the state: screen readers say "pressed" themselves.
 */
export const ToggleButton = forwardRef<HTMLButtonElement, ToggleButtonProps>(function ToggleButton(
  {
    pressed: pressedProp,
    defaultPressed = false,
    onPressedChange,
    value,
    variant = 'secondary',
    onClick,
    icon,
    children,
    ...rest
  },
  ref,
) {
  const group = useToggleGroup();
  const [own, setOwn] = useControllableState(pressedProp, defaultPressed, onPressedChange);
  const inGroup = group !== null && value !== undefined;
  const pressed = inGroup ? group.value === value : own;
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    if (event.defaultPrevented) return;
    if (inGroup) group.select(value);
    else setOwn(!own);
  };
  return (
    <StyledToggleButton
      ref={ref}
      variant={variant}
      aria-pressed={pressed}
      onClick={handleClick}
      {...rest}
      icon={pressed && !icon ? <Icon name="check" /> : icon}
    >
      {children}
    </StyledToggleButton>
  );
});
