export type Politeness = 'polite' | 'assertive';

export interface AnnounceOptions {
  /**
   * `polite` waits until the screen reader is quiet; `assertive` interrupts it. Use assertive
   * only for something the person must hear now.
   * @default 'polite'
   */
  politeness?: Politeness;
  /** The message's language (`nn-NO`), when it differs from the page's. */
  lang?: string;
  /**
   * Wait this many milliseconds before announcing, and drop the message if another delayed one
   * of the same politeness comes first: for counts that change while someone types or filters,
   * so only the value they pause at is read. Pass the message as a function to read it when the
   * time comes.
   * @default 0
   */
  delay?: number;
}

const HOST = 'data-samskap-live';
// Long enough for screen readers to notice the emptied region before the new text arrives, so
// the same message twice is read twice.
const SET_DELAY_MS = 50;
// Old messages are cleared so that someone reading the page line by line does not meet them.
const CLEAR_AFTER_MS = 7000;

const timers: Record<Politeness, ReturnType<typeof setTimeout>[]> = { polite: [], assertive: [] };
const lastRegion: Record<Politeness, HTMLElement | undefined> = {
  polite: undefined,
  assertive: undefined,
};
const pending: Record<Politeness, ReturnType<typeof setTimeout> | undefined> = {
  polite: undefined,
  assertive: undefined,
};

function hasDocument(): boolean {
  return typeof document !== 'undefined' && document.body !== null;
}

/** Marks a `<dialog>` opened with `showModal()`, for `announce` to find. */
export const MODAL_ATTRIBUTE = 'data-sk-modal';

// While a modal dialog is open, everything outside it is inert, and screen readers ignore live
// regions there too. So a message goes to the host inside the top-most open modal dialog.
function topModal(): HTMLElement | undefined {
  const open = document.querySelectorAll<HTMLElement>(`dialog[open][${MODAL_ATTRIBUTE}]`);
  return open[open.length - 1];
}

/**
 * Makes sure a live-region host exists in `container` (the page's body by default) and returns
 * it. Components that will announce call this when they mount, and a modal `Dialog` calls it
 * for itself when it opens, because a live region that appears together with its message is
 * often not read. Does nothing on the server.
 */
export function ensureLiveRegions(container?: HTMLElement): HTMLElement | undefined {
  if (!hasDocument()) return undefined;
  const parent = container ?? document.body;
  let host = Array.from(parent.children).find(
    (child): child is HTMLElement => child instanceof HTMLElement && child.hasAttribute(HOST),
  );
  if (host) return host;
  host = document.createElement('div');
  host.setAttribute(HOST, '');
  // Clipped, not display:none, so screen readers still read it. Inline styles because the host
  // lives outside any React tree and any theme.
  host.style.cssText =
    'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0;';
  for (const politeness of ['polite', 'assertive'] as const) {
    const region = document.createElement('div');
    region.setAttribute('role', politeness === 'polite' ? 'status' : 'alert');
    region.setAttribute('aria-live', politeness);
    region.setAttribute('aria-atomic', 'true');
    region.setAttribute('data-politeness', politeness);
    host.appendChild(region);
  }
  parent.appendChild(host);
  return host;
}

/**
 * Has screen readers read a message, through one live-region host shared by every Samskap
 * component on the page, so that they all announce the same way and never talk over each
 * other from several regions. While a modal `Dialog` is open the message is read from inside
 * it, where screen readers still listen. Safe to import and call on the server (it does
 * nothing there). Returns a function that drops the message if it is still waiting (`delay`).
 */
export function announce(
  message: string | (() => string),
  options: AnnounceOptions = {},
): () => void {
  const politeness = options.politeness ?? 'polite';
  if (!hasDocument()) return () => {};
  // A newer message replaces one still waiting, delayed or not.
  clearTimeout(pending[politeness]);
  pending[politeness] = undefined;
  const text = () => (typeof message === 'function' ? message() : message);
  const delay = options.delay ?? 0;
  if (delay <= 0) {
    say(text(), politeness, options.lang);
    return () => {};
  }
  const timer = setTimeout(() => {
    pending[politeness] = undefined;
    say(text(), politeness, options.lang);
  }, delay);
  pending[politeness] = timer;
  // Cancels this message only, if it is still waiting (for a component that unmounts).
  return () => {
    if (pending[politeness] !== timer) return;
    clearTimeout(timer);
    pending[politeness] = undefined;
  };
}

function say(message: string, politeness: Politeness, lang: string | undefined): void {
  const host = ensureLiveRegions(topModal());
  if (!host) return;
  const region = host.querySelector<HTMLElement>(`[data-politeness="${politeness}"]`);
  if (!region) return;
  for (const timer of timers[politeness]) clearTimeout(timer);
  // The last message may sit in another host (a dialog's that has since closed): clear it there.
  const previous = lastRegion[politeness];
  if (previous && previous !== region) previous.textContent = '';
  lastRegion[politeness] = region;
  region.textContent = '';
  timers[politeness] = [
    setTimeout(() => {
      if (lang) region.setAttribute('lang', lang);
      else region.removeAttribute('lang');
      region.textContent = message;
    }, SET_DELAY_MS),
    setTimeout(() => {
      region.textContent = '';
    }, SET_DELAY_MS + CLEAR_AFTER_MS),
  ];
}
