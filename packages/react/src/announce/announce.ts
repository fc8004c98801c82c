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
}

const HOST = 'data-samskap-live';
// Long enough for screen readers to notice the emptied region before the new text arrives, so
// the same message twice is read twice.
const SET_DELAY_MS = 50;
// Old messages are cleared so that someone reading the page line by line does not meet them.
const CLEAR_AFTER_MS = 7000;

const timers: Record<Politeness, ReturnType<typeof setTimeout>[]> = { polite: [], assertive: [] };

function hasDocument(): boolean {
  return typeof document !== 'undefined' && document.body !== null;
}

/**
 * Makes sure the single live-region host exists in the page and returns it. Components that
 * will announce call this when they mount, because a live region that appears together with
 * its message is often not read. Does nothing on the server.
 */
export function ensureLiveRegions(): HTMLElement | undefined {
  if (!hasDocument()) return undefined;
  let host = document.querySelector<HTMLElement>(`[${HOST}]`);
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
  document.body.appendChild(host);
  return host;
}

/**
 * Has screen readers read a message, through one live-region host shared by every Samskap
 * component on the page, so that they all announce the same way and never talk over each
 * other from several regions. Safe to import and call on the server (it does nothing there).
 */
export function announce(message: string, options: AnnounceOptions = {}): void {
  const host = ensureLiveRegions();
  if (!host) return;
  const politeness = options.politeness ?? 'polite';
  const region = host.querySelector<HTMLElement>(`[data-politeness="${politeness}"]`);
  if (!region) return;
  for (const timer of timers[politeness]) clearTimeout(timer);
  region.textContent = '';
  timers[politeness] = [
    setTimeout(() => {
      if (options.lang) region.setAttribute('lang', options.lang);
      else region.removeAttribute('lang');
      region.textContent = message;
    }, SET_DELAY_MS),
    setTimeout(() => {
      region.textContent = '';
    }, SET_DELAY_MS + CLEAR_AFTER_MS),
  ];
}
