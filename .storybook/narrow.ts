import { expect, within } from 'storybook/test';

/**
 * A story at the narrowest width WCAG 1.4.10 (reflow) asks for: 320 CSS px. Storybook's vitest
 * addon sizes the test browser's frame from the story's viewport global, so the check below runs
 * at that width in CI as it does in the Storybook UI.
 */
export const at320 = {
  parameters: {
    viewport: {
      options: {
        reflow320: { name: '320 px (reflow)', styles: { width: '320px', height: '900px' } },
      },
    },
  },
  globals: { viewport: { value: 'reflow320', isRotated: false } },
} as const;

/**
 * A story at a common laptop width, 1280 CSS px, for patterns whose layout changes with the
 * width: the check runs where the wide layout applies.
 */
export const at1280 = {
  parameters: {
    viewport: {
      options: {
        wide1280: { name: '1280 px (wide)', styles: { width: '1280px', height: '900px' } },
      },
    },
  },
  globals: { viewport: { value: 'wide1280', isRotated: false } },
} as const;

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
