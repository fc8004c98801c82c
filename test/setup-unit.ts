import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect } from 'vitest';
import * as axeMatchers from 'vitest-axe/matchers';

expect.extend(axeMatchers);

// A real page has a title and a language; axe's page-level rules expect both.
// A file that opts into the node environment (a server-render test) has no document.
beforeEach(() => {
  if (typeof document === 'undefined') return;
  document.title = 'Samskap';
  document.documentElement.lang = 'nb';
});

afterEach(() => {
  if (typeof document === 'undefined') return;
  cleanup();
  document.documentElement.removeAttribute('lang');
  localStorage.clear();
});
