import { expect, within } from 'storybook/test';

/**
 * A story at a fixed width. Storybook's vitest addon sizes the test browser's frame from the
 * story's viewport global, so the story's checks run at that width in CI as they do in the
 * Storybook UI.
 */
function atWidth(key: string, name: string, width: number) {
  return {
    parameters: {
      viewport: { options: { [key]: { name, styles: { width: `${width}px`, height: '900px' } } } },
    },
    globals: { viewport: { value: key, isRotated: false } },
  };
}

/** The narrowest width WCAG 1.4.10 (reflow) asks for: 320 CSS px. */
export const at320 = atWidth('reflow320', '320 px (reflow)', 320);

/** A common laptop width, 1280 CSS px, for patterns whose layout changes with the width. */
export const at1280 = atWidth('wide1280', '1280 px (wide)', 1280);

/** Fails when the page scrolls sideways at 320 px: every line must wrap instead. */
export async function expectNoHorizontalScroll(): Promise<void> {
  await expect(window.innerWidth).toBe(320);
  await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
}

/** A page story at 320 px whose play checks that the page's h1 shows and nothing scrolls sideways. */
export const narrowPage = {
  ...at320,
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll();
  },
};
