import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { portalUrl, problemsOn, setupBrowser, tabTo } from './browser.ts';

const chromium = setupBrowser();

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** The one event in a calendar file, parsed by a real iCalendar parser. */
function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent') as ICAL.Component);
}

describe('events', () => {
  it('by keyboard alone: find the event, register, and download its .ics', async () => {
    const page = await chromium.page({ acceptDownloads: true });
    await page.goto(portalUrl('/nn/events'), { waitUntil: 'networkidle' });
    await tabTo(page, 'main a', 'Frukostmøte: klarspråk i vedtaksbrev');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/nn\/events\/frokostmote-klarsprak$/);
    await page.waitForLoadState('networkidle');

    await tabTo(page, 'input[name="name"]');
    await page.keyboard.type('Ola Nordmann');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ola@');
    await tabTo(page, 'textarea[name="accessibility"]');
    await page.keyboard.type('Teleslynge');
    await tabTo(page, 'button[type="submit"]', 'Meld meg på');
    await page.keyboard.press('Enter');

    // Consent missing and the email wrong: the summary takes focus; its links lead to the fields.
    await expect.poll(() => focusedText(page)).toContain('Rett opp');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('email');
    await page.keyboard.type('nordmann.no');
    await tabTo(page, 'input[name="consent"]');
    await page.keyboard.press('Space');
    await tabTo(page, 'button[type="submit"]', 'Meld meg på');
    await page.keyboard.press('Enter');

    await expect
      .poll(() => focusedText(page), { timeout: 20_000 })
      .toMatch(/Referansenummeret ditt er P-[0-9A-Z]{4}-[0-9A-Z]{4}\./);
    expect(await focusedText(page)).toContain('ola@nordmann.no');

    // The calendar file, from the server's link, by keyboard.
    await tabTo(page, 'a[download]', 'Legg til i kalenderen');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toBe('frokostmote-klarsprak.ics');
    const event = parseIcs(await readFile((await download.path()) as string, 'utf8'));
    expect(event.summary).toBe('Frukostmøte: klarspråk i vedtaksbrev');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-01-14T07:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-01-14T08:00:00.000Z');
    expect(event.location).toBe('Bergen offentlege bibliotek, Strømgaten 6, 5015 Bergen');
    expect(event.component.getFirstPropertyValue('url')).toBe(
      portalUrl('/nn/events/frokostmote-klarsprak'),
    );
    expect(problemsOn(page)).toEqual([]);
  }, 120_000);

  it('without JavaScript: errors come back with every value; then the reference; the .ics is a plain link', async () => {
    const page = await chromium.page({ javaScriptEnabled: false });
    await page.goto(portalUrl('/en/events/innovasjonskonferansen-2027'));
    const name = page.getByRole('textbox', { name: /^Name/ });
    const email = page.getByRole('textbox', { name: /^Email/ });
    const dietary = page.getByRole('textbox', { name: /^Allergies or dietary needs/ });
    await email.fill('kari@example.org');
    await dietary.fill('Vegetarian');
    await page.getByRole('checkbox', { name: /I agree/ }).check();
    await page.getByRole('button', { name: 'Register' }).click();

    await page.waitForLoadState();
    expect(await page.title()).toMatch(/^Error:/);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('main').textContent()).toContain('Enter your name');
    expect(await email.inputValue()).toBe('kari@example.org');
    expect(await dietary.inputValue()).toBe('Vegetarian');
    expect(await page.getByRole('checkbox', { name: /I agree/ }).isChecked()).toBe(true);

    await name.fill('Kari Nordmann');
    await page.getByRole('button', { name: 'Register' }).click();
    await page.waitForURL(/registered=P-/);
    expect(await page.locator('#registration-sent').textContent()).toMatch(
      /Your reference number is P-[0-9A-Z]{4}-[0-9A-Z]{4}\./,
    );

    const href = await page.getByRole('link', { name: 'Add to calendar' }).getAttribute('href');
    const response = await fetch(portalUrl(href as string));
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const event = parseIcs(await response.text());
    // An all-day event over two days: dates, with the end day exclusive as RFC 5545 says.
    expect(event.startDate.toString()).toBe('2027-09-29');
    expect(event.endDate.toString()).toBe('2027-10-01');
  }, 120_000);
});
