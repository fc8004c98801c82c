import '@testing-library/jest-dom/vitest';
import { availableLocales, supportedLocales, unregisterLocale } from '@samskap/i18n';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import * as axeMatchers from 'vitest-axe/matchers';
import { forgetWarnings } from '../packages/react/src/utils/warnOnce.js';

expect.extend(axeMatchers);

// A real page has a title and a language; axe's page-level rules expect both.
// A file that opts into the node environment (a server-render test) has no document.
beforeEach(() => {
  if (typeof document === 'undefined') return;
  document.title = 'Samskap';
  document.documentElement.lang = 'nb';
});

// Test files share a worker (isolate: false in vitest.config.ts), so everything a test can leave
// behind is put back here.
afterEach(() => {
  vi.useRealTimers();
  // warnOnce remembers its keys for the life of the module, which here is the whole worker.
  forgetWarnings();
  for (const code of availableLocales()) {
    if (!(supportedLocales as readonly string[]).includes(code)) unregisterLocale(code);
  }
  if (typeof document === 'undefined') return;
  cleanup();
  // The shared live-region host of announce() lives outside any test's container.
  for (const el of document.body.querySelectorAll(':scope > *')) el.remove();
  document.documentElement.removeAttribute('lang');
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    // biome-ignore lint/suspicious/noDocumentCookie: jsdom has no Cookie Store API
    if (name) document.cookie = `${name}=; max-age=0; path=/`;
  }
  localStorage.clear();
  sessionStorage.clear();
});
