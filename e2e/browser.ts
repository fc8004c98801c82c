import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromiumArgs, chromiumPath } from '../vite.aliases.ts';

/** Every kind of page the portal has, one of each, after the language. */
export const portalPages = [
  '/',
  '/cases',
  '/cases/bodo-bestill-buss',
  '/articles',
  '/articles/bestillingsbuss-intervju',
  '/events',
  '/events/frokostmote-klarsprak',
  '/tips',
  '/accessibility',
  '/privacy',
] as const;

/** The databases the portal runs on in this test run: `pglite`, and `postgres` when available. */
export const databases = (): string[] => Object.keys(inject('portals'));

/** The address of a path on the portal that runs on `db`. */
export function portalUrl(path = '/', db = 'pglite'): string {
  const base = inject('portals')[db];
  if (!base) throw new Error(`No portal runs on ${db}`);
  return new URL(path, base).toString();
}

/**
 * Starts, stops or restarts the portal on `db` that is there to be stopped (the `-restart` twin;
 * the shared one keeps serving the test files that run meanwhile). Returns its address.
 */
export async function control(
  action: 'stop' | 'start' | 'restart',
  db = 'pglite',
): Promise<string> {
  const response = await fetch(`${inject('control')}/${db}-restart/${action}`, {
    method: 'POST',
  });
  const text = await response.text();
  if (!response.ok) throw new Error(text);
  return text;
}

/** One Chromium per test file, a fresh context (cookies, storage) per page. */
export function setupBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    url: portalUrl,
    async page(options: BrowserContextOptions = {}): Promise<Page> {
      const context = await browser.newContext({
        viewport: { width: 1024, height: 768 },
        ...options,
      });
      // Generous: the machine this runs on is often shared and loaded.
      context.setDefaultTimeout(60_000);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      // React reports a hydration mismatch on the console; any console error fails the test.
      page.on('console', (message) => {
        if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) {
          problems.push(message.text());
        }
      });
      (page as Page & { problems: string[] }).problems = problems;
      return page;
    },
  };
}

/** Console errors and uncaught exceptions seen on the page so far. */
export const problemsOn = (page: Page): string[] =>
  (page as Page & { problems?: string[] }).problems ?? [];

/** Presses Tab until the focused element matches `selector` (and holds `text`): keyboard only. */
export async function tabTo(page: Page, selector: string, text = '', max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(
      ([sel, t]) =>
        (document.activeElement?.matches(sel) ?? false) &&
        (document.activeElement?.textContent ?? '').includes(t),
      [selector, text] as const,
    );
    if (hit) return;
  }
  throw new Error(`Tab never reached ${selector} ${text}`);
}

/** Runs axe-core (all rules, colour contrast included) on the page; returns the violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { createRequire } = await import('node:module');
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script
    const results = await (window as any).axe.run(document);
    return results.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}
