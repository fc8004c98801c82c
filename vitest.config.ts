import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath, sourceAliases } from './vite.aliases.ts';

const packages = ['tokens', 'i18n', 'react', 'portal'];

/**
 * Every story runs in real Chromium once per language and colour scheme pair below, with the
 * a11y addon set to fail on any axe violation. Dark is paired with each language so both
 * schemes and all three languages are covered without running the full matrix twice.
 */
const storyMatrix = [
  { locale: 'nb', scheme: 'light' },
  { locale: 'nn', scheme: 'dark' },
  { locale: 'en', scheme: 'light' },
  { locale: 'nb', scheme: 'dark' },
  { locale: 'nn', scheme: 'light' },
  { locale: 'en', scheme: 'dark' },
];

export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    projects: [
      ...packages.map((name) => ({
        extends: true as const,
        plugins: [react()],
        test: {
          name: `unit-${name}`,
          root: `packages/${name}`,
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          globals: true,
          setupFiles: ['../../test/setup-unit.ts'],
          // Property tests and user-event runs take a while on a loaded two-core machine.
          testTimeout: 20_000,
          // Setting up jsdom for every file cost more than the tests themselves (5 minutes of a
          // 20-minute CI budget). Files share a worker's environment instead; test/setup-unit.ts
          // resets what tests leave behind (DOM, storage, registered locales, <html lang>).
          pool: 'threads' as const,
          maxWorkers: 2,
          isolate: false,
        },
      })),
      {
        // The docs: every public component has a docs page with guidance (.storybook).
        extends: true as const,
        plugins: [react()],
        test: {
          name: 'unit-docs',
          root: '.storybook',
          include: ['*.test.{ts,tsx}'],
          environment: 'jsdom',
          globals: true,
          setupFiles: ['../test/setup-unit.ts'],
          testTimeout: 20_000,
          // Projects that run in one group must agree on their workers (vitest refuses otherwise).
          pool: 'threads' as const,
          maxWorkers: 2,
        },
      },
      {
        extends: true as const,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          // Two files at a time: the restart tests stop portals of their own (see
          // e2e/global-setup.ts), so no file pulls a server out from under another. More than
          // two Chromiums on a two-core machine only queue for the same cores.
          fileParallelism: true,
          maxWorkers: 2,
          // Two files share two cores with the portals, often on a machine others load too.
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      ...storyMatrix.map(({ locale, scheme }, index) => ({
        extends: true as const,
        plugins: [storybookTest({ configDir: '.storybook', storybookScript: 'pnpm storybook' })],
        define: {
          __SK_TEST_LOCALE__: JSON.stringify(locale),
          __SK_TEST_SCHEME__: JSON.stringify(scheme),
        },
        test: {
          name: `stories-${locale}-${scheme}`,
          // One browser at a time: six Chromiums at once on two cores drop their connections.
          sequence: { groupOrder: index + 1 },
          // The first story of a file also pays for loading its modules into the page; 15 s was
          // too little for that on a busy two-core machine.
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' as const }],
          },
        },
      })),
    ],
  },
});
