import { useId } from 'react';

/** The given id, or one made up with `useId` after `prefix`, so an element always has one. */
export function useIdOr(given: string | undefined, prefix = ''): string {
  const made = useId();
  return given ?? `${prefix}${made}`;
}
