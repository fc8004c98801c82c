import { describe, expect, it } from 'vitest';
import { axeViolations, portalPages, portalUrl, problemsOn, setupBrowser } from './browser.ts';

const chromium = setupBrowser();

const pages = portalPages;
const tags = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;
const locales = Object.keys(tags) as (keyof typeof tags)[];
const schemes = ['light', 'dark'] as const;

/**
 * Which pages axe checks in each language and scheme: every page in all three languages and in
 * both schemes, and each language in both schemes, but not all 60 combinations (see
 * docs/decisions, "e2e speed"). A page is checked where page + language + scheme is even.
 */
const axeSample = (locale: (typeof locales)[number], scheme: (typeof schemes)[number]) =>
  pages.filter((_, p) => (p + locales.indexOf(locale) + schemes.indexOf(scheme)) % 2 === 0);

describe('portal pages', () => {
  it('server HTML has <html lang>, hreflang alternates and the page in its language', async () => {
    for (const [locale, tag] of Object.entries(tags)) {
      for (const path of pages) {
        const html = await (await fetch(portalUrl(`/${locale}${path}`))).text();
        expect(html, `${locale}${path}`).toContain(`<html lang="${tag}"`);
        for (const [other, otherTag] of Object.entries(tags)) {
          expect(html).toContain(`hreflang="${otherTag}" href="${portalUrl(`/${other}${path}`)}"`);
        }
      }
    }
    const nn = await (await fetch(portalUrl('/nn/cases/voss-heimetenester'))).text();
    expect(nn).toContain('Skriv ein kommentar');
    expect(nn).toContain('Send kommentar');
  });

  it('a first visit to / goes to the language the browser asks for', async () => {
    const cases = [
      ['nn-NO,nn;q=0.9,en;q=0.5', '/nn/'],
      ['en-GB,en;q=0.8', '/en/'],
      ['no', '/nb/'],
      ['sv-SE', '/nb/'],
    ];
    for (const [header, target] of cases) {
      const response = await fetch(portalUrl('/'), {
        headers: { 'accept-language': header as string },
        redirect: 'manual',
      });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(target);
    }
  });

  it('the axe sample covers every page in every language and in both schemes', () => {
    for (const path of pages) {
      const checked = locales.flatMap((l) =>
        schemes.filter((s) => axeSample(l, s).includes(path)).map((s) => `${l}-${s}`),
      );
      expect(new Set(checked.map((c) => c.split('-')[0])).size, path).toBe(3);
      expect(new Set(checked.map((c) => c.split('-')[1])).size, path).toBe(2);
    }
  });

  // One test per language and scheme, so that a slow machine shows progress and each has its
  // own time limit.
  for (const scheme of schemes) {
    for (const locale of locales) {
      it(`${locale} ${scheme}: no axe violations on its pages, and hydration without a warning`, async () => {
        const page = await chromium.page({ colorScheme: scheme });
        for (const path of axeSample(locale, scheme)) {
          await page.goto(portalUrl(`/${locale}${path}`));
          expect(await axeViolations(page), `${scheme} /${locale}${path}`).toEqual([]);
        }
        expect(problemsOn(page)).toEqual([]);
        await page.context().close();
      }, 180_000);
    }
  }

  it('the dark and agency appearances pass axe, and the choice is in the server HTML', async () => {
    const page = await chromium.page();
    await page.goto(portalUrl('/nb/cases/bodo-bestill-buss'));
    for (const [choice, scheme] of [
      ['dark', 'dark'],
      ['agency', 'auto'],
    ] as const) {
      await page.getByRole('combobox', { name: 'Utseende' }).selectOption(choice);
      await page.getByRole('button', { name: 'Bruk utseendet' }).click();
      await expect
        .poll(() => page.locator('[data-samskap]').first().getAttribute('data-color-scheme'))
        .toBe(scheme);
      // A reload is rendered by the server in the chosen appearance: nothing flashes.
      const response = await page.reload();
      const html = (await response?.text()) ?? '';
      expect(html).toContain(`data-color-scheme="${scheme}"`);
      if (choice === 'agency') expect(html).toContain('data-sk-theme="kommune"');
      expect(await axeViolations(page), choice).toEqual([]);
    }
    expect(problemsOn(page)).toEqual([]);
  }, 180_000);
});
