// The footer's "cookie settings" link and the banner are far apart in the tree, and a host
// should not have to wire them together. A banner that mounts registers here; the link asks it
// to open. Module state, not a DOM event, so two copies of the package never talk across.
const openers = new Set<() => void>();

/** Called by a mounted `CookieConsent`; returns the unregister function. */
export function registerCookieSettingsOpener(open: () => void): () => void {
  openers.add(open);
  return () => {
    openers.delete(open);
  };
}

/**
 * Opens the cookie banner again, so the reader can change their choice. Returns `false` when
 * no `CookieConsent` is on the page (then follow a link to the cookie page instead).
 */
export function openCookieSettings(): boolean {
  if (openers.size === 0) return false;
  for (const open of openers) open();
  return true;
}
