const CONTROL =
  'input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled), [contenteditable="true"]';

function isControl(el: Element): boolean {
  return el.matches(CONTROL);
}

/** The control to focus for an id: the element itself, or the right control inside a group. */
function controlFor(target: HTMLElement): HTMLElement | null {
  if (isControl(target)) return target;
  // A group of radios is answered by its checked radio, if any, as arrow keys would land there.
  return (
    target.querySelector<HTMLElement>('input[type="radio"]:checked:not(:disabled)') ??
    target.querySelector<HTMLElement>(CONTROL)
  );
}

/**
 * What to scroll into view so the person sees the question and not just the box: the legend of
 * a group of radios or checkboxes, or of a fieldset whose control sits close below it; else the
 * control's label.
 */
function questionFor(control: HTMLElement): HTMLElement | null {
  const legend = control.closest('fieldset')?.querySelector<HTMLElement>(':scope > legend');
  if (legend) {
    const type = control.getAttribute('type');
    if (type === 'radio' || type === 'checkbox') return legend;
    const top = legend.getBoundingClientRect().top;
    const box = control.getBoundingClientRect();
    // Only when the legend and the control fit on screen together.
    if (box.height > 0 && window.innerHeight > 0 && box.bottom - top < window.innerHeight / 2) {
      return legend;
    }
  }
  const labels = (control as HTMLInputElement).labels;
  return labels?.[0] ?? control.closest('label');
}

/**
 * Moves focus to the form control with this id (or, for a group, to its checked or first
 * control) and scrolls its label or legend into view above it. Returns false when there is
 * nothing focusable, so a link can fall back to its `href`.
 */
export function focusField(id: string): boolean {
  if (typeof document === 'undefined') return false;
  const target = document.getElementById(id);
  if (!target) return false;
  const control = controlFor(target);
  if (!control) return false;
  const question = questionFor(control);
  // jsdom has no scrollIntoView; browsers all do.
  if (question && typeof question.scrollIntoView === 'function') question.scrollIntoView();
  control.focus({ preventScroll: Boolean(question) });
  return document.activeElement === control;
}
