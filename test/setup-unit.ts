import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect } from 'vitest';
import * as axeMatchers from 'vitest-axe/matchers';

expect.extend(axeMatchers);

// A real page has a title and a language; axe's page-level rules expect both.
beforeEach(() => {
  document.title = 'Samskap';
  document.documentElement.lang = 'nb';
});

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('lang');
  localStorage.clear();
});
