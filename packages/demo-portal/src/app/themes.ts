import type { ColorScheme } from '@samskap/react';
import { defaultTheme, exampleThemes, type SamskapTheme } from '@samskap/tokens';
import type { ThemeChoice } from './types.js';

/** What each appearance means for the provider. The default follows the reader's system. */
export const appearance: Record<ThemeChoice, { theme: SamskapTheme; colorScheme: ColorScheme }> = {
  default: { theme: defaultTheme, colorScheme: 'auto' },
  agency: { theme: exampleThemes.kommune, colorScheme: 'auto' },
  dark: { theme: defaultTheme, colorScheme: 'dark' },
};

export const THEME_COOKIE = 'portal-theme';
