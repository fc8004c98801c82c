import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { portalPages, portalUrl, setupBrowser } from './browser.ts';

const chromium = setupBrowser();

/** Elements whose content is cut off: clipped overflow with more content than room. */
function clippedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      // Form controls scroll their own text; the honeypot is hidden on purpose.
      if (el.matches('input, textarea, select, [aria-hidden="true"] *, [aria-hidden="true"]')) {
        continue;
      }
      const style = getComputedStyle(el);
      const clips = (v: string) => v === 'hidden' || v === 'clip';
      if (!clips(style.overflowX) && !clips(style.overflowY)) continue;
      // Visually hidden text (1 px, clipped) is meant for screen readers.
      if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
      const cutX = clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const cutY = clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if (cutX || cutY) {
        out.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.slice(0, 40)}"`);
      }
    }
    return out;
  });
}

/** The duration values (in ms) of every transition and animation on the page. */
function motionDurations(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const ms = (v: string) =>
      v.split(',').map((d) => {
        const n = Number.parseFloat(d);
        return d.trim().endsWith('ms') ? n : n * 1000;
      });
    const out: number[] = [];
    for (const el of document.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (style.transitionProperty !== 'none') out.push(...ms(style.transitionDuration));
      if (style.animationName !== 'none') out.push(...ms(style.animationDuration));
    }
    return out;
  });
}

describe('layout and preferences', () => {
  it('at 320 px no page scrolls sideways', async () => {
    const page = await chromium.page({ viewport: { width: 320, height: 640 } });
    for (const path of portalPages) {
      await page.goto(portalUrl(`/nn${path}`));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
    }
  }, 180_000);

  it('at 200 % text size nothing is cut off and no page scrolls sideways', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 800 } });
    // The browser's own text-size setting (default 16 px), not page zoom: rem sizes follow it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    for (const path of portalPages) {
      await page.goto(portalUrl(`/nb${path}`));
      expect(
        await page.evaluate(() => getComputedStyle(document.documentElement).fontSize),
        path,
      ).toBe('32px');
      expect(await clippedElements(page), path).toEqual([]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(1280);
    }
  }, 180_000);

  it('in forced-colors mode every focused control on a form page shows an outline', async () => {
    const page = await chromium.page({ forcedColors: 'active' });
    for (const path of ['/events/frokostmote-klarsprak', '/tips']) {
      await page.goto(portalUrl(`/en${path}`), { waitUntil: 'networkidle' });
      const seen = new Set<string>();
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return undefined;
          const s = getComputedStyle(el);
          return {
            what: `${el.tagName.toLowerCase()}[${el.getAttribute('type') ?? ''}] ${el.textContent?.trim().slice(0, 30) ?? ''}`,
            visible: s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 2,
          };
        });
        if (!focus || seen.has(focus.what)) continue;
        seen.add(focus.what);
        expect(focus.visible, `${path}: ${focus.what}`).toBe(true);
      }
      // It went through the whole form: inputs, the checkbox and buttons were among the stops.
      const kinds = [...seen].join('\n');
      expect(kinds).toMatch(/input\[(text|email)?\]/);
      expect(kinds).toMatch(/input\[checkbox\]/);
      expect(kinds).toMatch(/button\[submit\]/);
    }
  }, 180_000);

  it('with reduced motion nothing moves; without it, something would', async () => {
    const moving = await chromium.page({ reducedMotion: 'no-preference' });
    await moving.goto(portalUrl('/nb/events/frokostmote-klarsprak'));
    // The control: the page does animate when motion is welcome, so the check below can fail.
    expect(Math.max(...(await motionDurations(moving)))).toBeGreaterThan(10);

    const still = await chromium.page({ reducedMotion: 'reduce' });
    for (const path of portalPages) {
      await still.goto(portalUrl(`/nb${path}`));
      const durations = await motionDurations(still);
      expect(
        durations.filter((d) => d > 10),
        path,
      ).toEqual([]);
      expect(
        await still.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
      ).not.toBe('smooth');
    }
  }, 180_000);
});
