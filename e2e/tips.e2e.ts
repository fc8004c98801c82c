import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { portalUrl, problemsOn, setupBrowser, tabTo } from './browser.ts';

const chromium = setupBrowser();

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** A small real PDF (its first bytes are what the server looks at) and a PNG that is not one. */
const pdf = {
  name: 'gatelys.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n%…\n'),
};
const fakePng = { name: 'bilde.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') };

describe('Tips oss', () => {
  it('by keyboard alone: a tip sent anonymously gets a reference, and the receipt says we cannot reply', async () => {
    const page = await chromium.page();
    await page.goto(portalUrl('/nb/tips'), { waitUntil: 'networkidle' });
    await tabTo(page, 'textarea[name="message"]');
    await page.keyboard.type('Gatelyset ved busstoppet på Tverlandet er borte.');
    await tabTo(page, 'input[name="anonymous"]');
    await page.keyboard.press('Space');
    // Anonymous: the name and email fields are gone, so nothing personal can be sent.
    await expect.poll(() => page.locator('input[name="email"]').count()).toBe(0);
    await tabTo(page, 'button[type="submit"]', 'Send tipset');
    await page.keyboard.press('Enter');

    // The receipt takes focus, with the reference the server made.
    await expect
      .poll(() => focusedText(page), { timeout: 20_000 })
      .toMatch(/Referansenummeret ditt er T-[0-9A-Z]{4}-[0-9A-Z]{4}\./);
    expect(await focusedText(page)).toContain('Siden du sendte anonymt, kan vi ikke svare deg.');
    expect(problemsOn(page)).toEqual([]);
  }, 120_000);

  it('without JavaScript: a multipart post; errors come back with the values, a wrong file is refused, then the reference', async () => {
    const page = await chromium.page({ javaScriptEnabled: false });
    await page.goto(portalUrl('/nn/tips'));
    const message = page.getByRole('textbox', { name: /^Kva vil du fortelje oss/ });
    const email = page.getByRole('textbox', { name: /^E-post/ });
    await page.getByRole('textbox', { name: /^Namn/ }).fill('Kari Nordmann');
    await email.fill('kari@');
    // A PNG by name whose content is no PNG: the server reads the first bytes, not the name.
    await page.locator('input[type="file"]').setInputFiles([fakePng]);
    await page.getByRole('button', { name: 'Send tipset' }).click();

    await page.waitForLoadState();
    expect(await page.title()).toMatch(/^Feil:/);
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('Rett opp');
    expect(body).toContain('Skriv kva du vil fortelje oss');
    expect(body).toContain('bilde.png er av ein type vi ikkje tek imot');
    expect(await email.inputValue()).toBe('kari@');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('textbox', { name: /^Namn/ }).inputValue()).toBe('Kari Nordmann');

    await message.fill('Brøytekanten ved skulen er for høg for barnevogner.');
    await email.fill('kari@nordmann.no');
    await page.locator('input[type="file"]').setInputFiles([pdf]);
    await page.getByRole('button', { name: 'Send tipset' }).click();
    await page.waitForURL(/reference=T-/);
    const receipt = (await page.locator('#tip-sent').textContent()) ?? '';
    const reference = /T-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(receipt)?.[0];
    expect(reference).toBeDefined();
    expect(new URL(page.url()).searchParams.get('reference')).toBe(reference);
    expect(receipt).toContain('Takk for tipset!');
  }, 120_000);

  it("the API refuses too many files and too large a file with the form's own words", async () => {
    // A form post from another site is refused (CSRF); this one says where it comes from.
    const origin = new URL(portalUrl('/')).origin;
    const form = new FormData();
    form.set('message', 'Fire vedlegg');
    for (let i = 0; i < 4; i++) {
      form.append('attachments', new File([pdf.buffer], `v${i}.pdf`, { type: pdf.mimeType }));
    }
    const tooMany = await fetch(portalUrl('/api/tips'), {
      method: 'POST',
      headers: { 'accept-language': 'en', origin },
      body: form,
    });
    expect(tooMany.status).toBe(422);
    expect((await tooMany.json()).fieldErrors.attachments).toMatch(/at most 3 files/);

    const big = new FormData();
    big.set('message', 'Eitt stort vedlegg');
    const bytes = new Uint8Array(2_000_001);
    bytes.set(pdf.buffer);
    big.append('attachments', new File([bytes], 'stor.pdf', { type: pdf.mimeType }));
    const tooLarge = await fetch(portalUrl('/api/tips'), {
      method: 'POST',
      headers: { 'accept-language': 'nn', origin },
      body: big,
    });
    expect(tooLarge.status).toBe(422);
    expect((await tooLarge.json()).fieldErrors.attachments).toBe(
      'stor.pdf er større enn 2 MB. Vel ei mindre fil.',
    );
  }, 120_000);
});
