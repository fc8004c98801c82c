import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, setupBrowser } from './browser.ts';

const chromium = setupBrowser();

/** Presses Tab until the focused element is the one `matches` picks out (keyboard only). */
async function tabTo(page: Page, matches: string, text = '', max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(
      ([sel, t]) =>
        (document.activeElement?.matches(sel) ?? false) &&
        (document.activeElement?.textContent ?? '').includes(t),
      [matches, text] as const,
    );
    if (hit) return;
  }
  throw new Error(`Tab never reached ${matches} ${text}`);
}

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
  });

describe('demo portal: a comment is never lost', () => {
  it('survives a reload, a validation error and a failed submit, by keyboard alone', async () => {
    const page = await chromium.page();
    const comment =
      'Gangveien langs skolen mangler lys.\nKan kommunen se på det før mørketiden? 🙏';
    await page.goto(chromium.url('/?fail=1'));

    await tabTo(page, 'textarea');
    await page.keyboard.type(comment);
    // The draft is saved as the person types (debounced); a reload brings it back.
    await page.waitForTimeout(1500);
    await page.reload();
    const textarea = page.getByRole('textbox', { name: /Kommentar/ });
    await expect.poll(() => textarea.inputValue()).toBe(comment);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, 'input[type="text"], input:not([type])');
    await page.keyboard.type('Kari Nordmann');
    await page.keyboard.press('Tab');
    await page.keyboard.type('kari@');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');

    // GOV.UK pattern: the summary takes focus and its link leads to the field.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Rett opp dette');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const email = page.getByRole('textbox', { name: /E-post/ });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('type')))
      .toBe('email');
    await page.keyboard.type('nordmann.no');
    expect(await email.inputValue()).toBe('kari@nordmann.no');

    // The server fails: the alert says so in plain words, and everything typed is still there.
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'ikke sendt' });
    await alert.waitFor({ timeout: 10_000 });
    expect(await textarea.inputValue()).toBe(comment);
    expect(await page.getByRole('textbox', { name: /Navn/ }).inputValue()).toBe('Kari Nordmann');

    // Retry succeeds: focus moves to the confirmation and the draft is gone.
    await tabTo(page, 'button', 'Prøv igjen');
    expect(await focusedName(page)).toContain('Prøv igjen');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''), {
        timeout: 10_000,
      })
      .toContain('Takk! Vi viser kommentaren din når en moderator har godkjent den.');
    expect(
      await page.evaluate(() => localStorage.getItem('demo-portal:comment:case-1')),
    ).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
  });
});
