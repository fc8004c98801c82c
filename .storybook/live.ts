import { expect, waitFor } from 'storybook/test';

/** Elements whose changes screen readers announce. */
export const LIVE_REGIONS =
  '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';

/**
 * Waits until a live region on the page holds `text`: what a screen reader announces next. A
 * journey story waits for each announcement before its next step, so the order the story test
 * records (`parameters.a11yTree`, docs/decisions/0014) is the same on every run.
 */
export async function announced(text: string): Promise<void> {
  await waitFor(
    () => {
      const said = Array.from(document.querySelectorAll(LIVE_REGIONS), (region) =>
        (region.textContent ?? '').replace(/\s+/g, ' ').trim(),
      );
      return expect(said).toContain(text);
    },
    { timeout: 10_000 },
  );
}
