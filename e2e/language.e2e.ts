import { describe, expect, it } from 'vitest';
import { axeViolations, portalUrl, problemsOn, setupBrowser, tabTo } from './browser.ts';

const chromium = setupBrowser();

describe('language', () => {
  it('the switch on a case page keeps the page and changes <html lang> and every label', async () => {
    const page = await chromium.page();
    await page.goto(portalUrl('/nb/cases/bodo-bestill-buss'), { waitUntil: 'networkidle' });
    const lang = () => page.evaluate(() => document.documentElement.lang);
    expect(await lang()).toBe('nb-NO');
    expect(await page.getByRole('heading', { name: 'Skriv en kommentar' }).count()).toBe(1);

    // Keyboard only: Tab to the nynorsk link, whose name is read in nynorsk.
    await tabTo(page, 'a[hreflang]', 'Norsk nynorsk');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Byt språk til Norsk nynorsk',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/nn\/cases\/bodo-bestill-buss$/);
    expect(await lang()).toBe('nn-NO');
    for (const name of ['Skriv ein kommentar']) {
      expect(await page.getByRole('heading', { name }).count()).toBe(1);
    }
    expect(await page.getByRole('textbox', { name: /Namn/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Send kommentar' }).count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Hovudmeny' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Alle prosjekta' }).count()).toBeGreaterThan(0);

    await page
      .getByRole('navigation', { name: 'Vel språk' })
      .getByRole('link', { name: /English$/ })
      .click();
    await page.waitForURL(/\/en\/cases\/bodo-bestill-buss$/);
    expect(await lang()).toBe('en-GB');
    expect(await page.getByRole('heading', { name: 'Write a comment' }).count()).toBe(1);
    expect(await page.getByRole('textbox', { name: /Name/ }).count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Main menu' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(problemsOn(page)).toEqual([]);
  });
});
