import { resolve } from 'node:path';

const root = import.meta.dirname;

/**
 * Inside the repo, `@samskap/*` resolves to each package's source, so tests and Storybook run
 * on the code being edited without a build. Published users get `dist/` through `exports`.
 */
export const sourceAliases = [
  {
    find: /^@samskap\/portal\/sample-data$/,
    replacement: resolve(root, 'packages/portal/src/sample-data/index.ts'),
  },
  {
    find: /^@samskap\/(react|portal)\/conformance$/,
    replacement: resolve(root, 'packages/$1/src/conformance/index.ts'),
  },
  {
    find: /^@samskap\/(tokens|i18n|react|portal)$/,
    replacement: resolve(root, 'packages/$1/src/index.ts'),
  },
];

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags that keep Chromium off the network, which this machine's network refuses anyway. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
