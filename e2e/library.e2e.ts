import { describe, expect, it } from 'vitest';
import { portalUrl, problemsOn, setupBrowser, tabTo } from './browser.ts';

const chromium = setupBrowser();

describe('case library', () => {
  it('by keyboard alone: search, the URL follows, and the case opens', async () => {
    const page = await chromium.page();
    await page.goto(portalUrl('/en/cases'), { waitUntil: 'networkidle' });
    const all = await page.locator('main article').count();
    expect(all).toBeGreaterThan(3);
    await tabTo(page, 'input[type="search"]');
    await page.keyboard.type('Voss');
    await expect.poll(() => page.locator('main article').count()).toBe(1);
    expect(new URL(page.url()).search).toBe('?q=Voss');
    await tabTo(page, 'main article a', 'Heimetenester');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/cases\/voss-heimetenester$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Heimetenester');
    expect(problemsOn(page)).toEqual([]);
  });

  it('without JavaScript the filter form is a GET form the server answers, and a filtered list is a link', async () => {
    const page = await chromium.page({ javaScriptEnabled: false });
    await page.goto(portalUrl('/nn/cases'));
    await page.getByRole('searchbox').fill('Voss');
    await page.getByRole('searchbox').press('Enter');
    await page.waitForURL(/q=Voss/);
    expect(await page.locator('main article').count()).toBe(1);
    await page.goto(portalUrl('/nn/cases?stage=implementing'));
    const stages = await page.locator('main article').allTextContents();
    expect(stages.length).toBeGreaterThan(0);
    for (const text of stages) expect(text).toContain('Gjennomføre');
  });
});
