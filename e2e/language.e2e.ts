import { describe, expect, it } from 'vitest';
import { axeViolations, setupBrowser } from './browser.ts';

const chromium = setupBrowser();

describe('demo portal: language', () => {
  it('switches language by keyboard alone and keeps <html lang> in step', async () => {
    const page = await chromium.page();
    await page.goto(chromium.url());
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nb-NO');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Innovasjonsportalen');

    // Tab to the nynorsk option: its name is read in nynorsk.
    let name = '';
    for (let i = 0; i < 5 && !name.includes('Norsk nynorsk'); i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(name).toBe('Byt språk til Norsk nynorsk');
    await page.keyboard.press('Enter');

    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nn-NO');
    await expect.poll(() => page.locator('h1 + p').textContent()).toContain('Her finn du');
    const current = page.locator('[aria-current="true"]');
    expect(await current.textContent()).toBe('Norsk nynorsk');
    expect(await page.getByRole('navigation', { name: 'Vel språk' }).count()).toBe(1);
  });

  it('has no axe violations in any language or colour scheme', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await chromium.page();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(chromium.url());
      for (const name of ['Norsk nynorsk', 'English']) {
        expect(await axeViolations(page)).toEqual([]);
        await page.getByRole('button', { name: new RegExp(`${name}$`) }).click();
      }
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});
