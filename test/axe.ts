import { type AxeResults, configure, run } from 'axe-core';

// jsdom has no canvas, so axe's color-contrast rule cannot work there; contrast is checked in
// the Chromium story runs and by the token contrast tests instead.
configure({ rules: [{ id: 'color-contrast', enabled: false }] });

/** Runs axe over an element (default: the whole document) in jsdom. */
export function axe(element: Element = document.documentElement): Promise<AxeResults> {
  return run(element, { rules: { 'color-contrast': { enabled: false } } });
}
