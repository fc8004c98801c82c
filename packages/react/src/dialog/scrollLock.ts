// The page behind a modal dialog must not scroll: on touch screens and with a mouse wheel it
// otherwise moves under the dialog and the reader loses their place. Counted, so that a dialog
// opened from a dialog does not unlock the page when the inner one closes.
let locks = 0;
let previousOverflow = '';

export function lockPageScroll(): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  if (locks === 0) {
    previousOverflow = root.style.overflow;
    root.style.overflow = 'hidden';
  }
  locks += 1;
}

export function unlockPageScroll(): void {
  if (typeof document === 'undefined' || locks === 0) return;
  locks -= 1;
  if (locks === 0) document.documentElement.style.overflow = previousOverflow;
}
