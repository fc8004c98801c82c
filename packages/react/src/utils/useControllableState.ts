import { useCallback, useRef, useState } from 'react';

/**
 * State that a host may hold (`value` given) or leave to the component (`defaultValue`), the
 * way native inputs work. Returns the current value and a setter that updates the component's
 * own state only when the host does not hold it, and always calls `onChange` (a component whose
 * `onChange` takes more arguments, such as the event, calls it itself after the setter).
 *
 * Whether the state is held is decided by `value !== undefined` on each render, so a host that
 * passes `undefined` hands the state back to the component.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T | (() => T),
  onChange?: (next: T) => void,
): [T, (next: T) => void] {
  const [own, setOwn] = useState<T>(defaultValue);
  const controlled = value !== undefined;
  // Read at call time, so the setter stays the same between renders.
  const latest = useRef({ controlled, onChange });
  latest.current = { controlled, onChange };
  const set = useCallback((next: T) => {
    if (!latest.current.controlled) setOwn(next);
    latest.current.onChange?.(next);
  }, []);
  return [controlled ? value : own, set];
}
