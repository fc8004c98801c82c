// Debian's Chromium (or CHROMIUM_PATH) with the flags that keep it off the network, which this
// machine's network refuses anyway, for the scripts that load a built app in a browser.
// (vite.aliases.ts holds the same for the story tests, which cannot import from here.)
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

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

export const launchChromium = () =>
  chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
