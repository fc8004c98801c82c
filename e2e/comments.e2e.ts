import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  control,
  databases,
  portalUrl,
  problemsOn,
  setupBrowser,
  tabTo,
} from './browser.ts';

const chromium = setupBrowser();

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** Text no earlier run wrote, so that finding it proves this run stored it. */
const unique = (text: string) => `${text} (${Date.now().toString(36)})`;

describe('comments: nothing is lost', () => {
  it('by keyboard alone: draft survives a reload, a validation error, an API 500, then a retry', async () => {
    const page = await chromium.page();
    const comment = unique('Gangveien langs skolen mangler lys.\nKan kommunen se på det? 🙏');
    // The first post fails as a broken server would; the retry goes through.
    let failed = false;
    await page.route('**/api/cases/*/comments', async (route) => {
      if (route.request().method() === 'POST' && !failed) {
        failed = true;
        await route.fulfill({ status: 500, body: 'Internal Server Error' });
      } else {
        await route.continue();
      }
    });
    await page.goto(portalUrl('/nb/cases/nav-klarsprak-vedtak'), { waitUntil: 'networkidle' });

    await tabTo(page, 'textarea');
    await page.keyboard.type(comment);
    // The draft is saved as the person types (debounced); a reload brings it back.
    await expect
      .poll(() =>
        page.evaluate(() => localStorage.getItem('portal:comment-draft:nav-klarsprak-vedtak')),
      )
      .toContain('Gangveien');
    await page.reload({ waitUntil: 'networkidle' });
    const textarea = page.getByRole('textbox', { name: /Kommentar/ });
    await expect.poll(() => textarea.inputValue()).toBe(comment);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, 'input[name="name"]');
    await page.keyboard.type('Kari Nordmann');
    await page.keyboard.press('Tab');
    await page.keyboard.type('kari@');
    await tabTo(page, 'button[type="submit"]', 'Send kommentar');
    await page.keyboard.press('Enter');

    // GOV.UK pattern: the summary takes focus and its link leads to the field.
    await expect.poll(() => focusedText(page)).toContain('Rett opp dette');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('type')))
      .toBe('email');
    await page.keyboard.type('nordmann.no');

    // The server fails: the alert says so in plain words, and everything typed is still there.
    await tabTo(page, 'button[type="submit"]', 'Send kommentar');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'ikke sendt' }).waitFor({ timeout: 10_000 });
    expect(await textarea.inputValue()).toBe(comment);
    expect(await page.getByRole('textbox', { name: /Navn/ }).inputValue()).toBe('Kari Nordmann');

    // Retry succeeds: focus moves to the confirmation, the draft is gone, the comment is shown.
    await tabTo(page, 'button', 'Prøv igjen');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => focusedText(page), { timeout: 10_000 })
      .toContain('Takk! Vi viser kommentaren din når en moderator har godkjent den.');
    expect(
      await page.evaluate(() => localStorage.getItem('portal:comment-draft:nav-klarsprak-vedtak')),
    ).toBeNull();
    const firstLine = comment.split('\n')[0] as string;
    await page.locator('#comments article').filter({ hasText: firstLine }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // It is in the database: a reload (a new render on the server) shows it to its writer.
    await page.reload();
    expect(await page.locator('#comments').textContent()).toContain(firstLine);
    expect(problemsOn(page)).toEqual([]);
  }, 150_000);

  it('without JavaScript: errors come back with the summary and every value; then it is stored', async () => {
    const page = await chromium.page({ javaScriptEnabled: false });
    const body = unique('Skulebussen bør stoppe ved idrettshallen òg.');
    await page.goto(portalUrl('/nn/cases/voss-heimetenester'));
    await page.getByRole('textbox', { name: /Namn/ }).fill('Ola Nordmann');
    await page.getByRole('textbox', { name: /E-post/ }).fill('ola@');
    await page.getByRole('textbox', { name: /Kommentar/ }).fill(body);
    await page.getByRole('button', { name: 'Send kommentar' }).click();

    // The server's answer: the same page, marked as an error, with the summary and the values.
    await page.waitForLoadState();
    expect(await page.title()).toMatch(/^Feil:/);
    expect(await page.getByRole('textbox', { name: /Kommentar/ }).inputValue()).toBe(body);
    expect(await page.getByRole('textbox', { name: /Namn/ }).inputValue()).toBe('Ola Nordmann');
    const email = page.getByRole('textbox', { name: /E-post/ });
    expect(await email.inputValue()).toBe('ola@');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('body').textContent()).toContain('Rett opp');
    expect(await page.locator('body').textContent()).toContain('Skriv e-postadressa i rett format');

    await email.fill('ola@nordmann.no');
    await page.getByRole('button', { name: 'Send kommentar' }).click();
    await page.waitForURL(/sent=1/);
    expect(await page.locator('#comment-sent').textContent()).toContain(
      'Kommentaren din vert vist når han er godkjend',
    );
    expect(await page.locator('#comments').textContent()).toContain(body);
  }, 120_000);

  // On each database's `-restart` portal, which no other test uses, so other files run on.
  // Its first start ever (an empty embedded database) is slow on a loaded machine.
  for (const db of databases()) {
    it(`${db}: a comment survives a restart; one sent while the server is down is kept and sent on retry`, async () => {
      const base = await control('start', db);
      const url = (path: string) => new URL(path, base).toString();
      const page = await chromium.page();
      const before = unique(`Skrevet før omstart, i ${db}.`);
      const during = unique(`Sendt mens serveren var nede, i ${db}.`);
      const form = {
        name: page.getByRole('textbox', { name: /Navn/ }),
        email: page.getByRole('textbox', { name: /E-post/ }),
        body: page.getByRole('textbox', { name: /Kommentar/ }),
        submit: page.getByRole('button', { name: 'Send kommentar' }),
      };
      await page.goto(url('/nb/cases/bodo-bestill-buss'), {
        waitUntil: 'networkidle',
      });
      await form.name.fill('Per Hansen');
      await form.email.fill('per@example.org');
      await form.body.fill(before);
      await form.submit.click();
      await page
        .getByText('Takk! Vi viser kommentaren din når en moderator har godkjent den.')
        .waitFor();

      await form.name.fill('Per Hansen');
      await form.email.fill('per@example.org');
      await form.body.fill(during);
      await control('stop', db);
      try {
        await form.submit.click();
        await page.getByRole('alert').filter({ hasText: 'ikke sendt' }).waitFor();
        expect(await form.body.inputValue()).toBe(during);
      } finally {
        await control('start', db);
      }
      await page.getByRole('button', { name: 'Prøv igjen' }).click();
      await page
        .getByText('Takk! Vi viser kommentaren din når en moderator har godkjent den.')
        .waitFor();

      // A new render on the restarted server shows both to their writer...
      await page.reload();
      const thread = (await page.locator('#comments').textContent()) ?? '';
      expect(thread).toContain(before);
      expect(thread).toContain(during);
      // ...and not to another reader before a moderator has approved them.
      const other = await chromium.page();
      await other.goto(url('/nb/cases/bodo-bestill-buss'));
      expect(await other.locator('#comments').textContent()).not.toContain(before);
    }, 360_000);
  }
});
