import { describe, expect, it } from 'vitest';
import { portalUrl, setupBrowser } from './browser.ts';

const chromium = setupBrowser();

describe('newsletter', () => {
  it('without JavaScript: errors come back on the front page with the summary and every value; then "check your inbox"', async () => {
    const page = await chromium.page({ javaScriptEnabled: false });
    await page.goto(portalUrl('/en/'));
    const email = page.getByRole('textbox', { name: /^Email address/ });
    await email.fill('kari@example');
    await page.getByRole('button', { name: 'Sign me up' }).click();

    await page.waitForLoadState();
    expect(await page.title()).toMatch(/^Error:/);
    const main = page.locator('main');
    expect(await main.textContent()).toContain('Enter an email address in the correct format');
    expect(await main.textContent()).toContain('Tick the box if you want to get the newsletter');
    expect(await page.getByRole('link', { name: /Tick the box/ }).count()).toBe(1);
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.inputValue()).toBe('kari@example');

    await email.fill('kari@example.org');
    await page.getByRole('checkbox', { name: /Yes, I want to get the newsletter/ }).check();
    await page.getByRole('button', { name: 'Sign me up' }).click();
    await page.waitForURL(/newsletter=sent/);
    expect(await page.title()).not.toMatch(/^Error:/);
    expect(await page.locator('#newsletter').textContent()).toContain('Check your inbox');
  }, 120_000);
});
