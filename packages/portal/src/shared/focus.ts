import { type RefObject, useCallback, useEffect, useState } from 'react';

/**
 * Moves focus to an element once React has rendered it: after a step changes, call
 * `focusNext(ref)` with the ref of the element the new step renders, so a keyboard user never
 * lands on nothing. The function stays the same between renders.
 */
export function useFocusNext() {
  const [target, setTarget] = useState<{ ref: RefObject<HTMLElement | null> } | null>(null);
  useEffect(() => {
    if (!target) return;
    target.ref.current?.focus();
    setTarget(null);
  }, [target]);
  return useCallback((ref: RefObject<HTMLElement | null>) => setTarget({ ref }), []);
}
