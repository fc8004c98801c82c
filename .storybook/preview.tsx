import { localeInfo, type SamskapLocale } from '@samskap/i18n';
import { type ColorScheme, SamskapProvider } from '@samskap/react';
import { defaultTheme, exampleThemes, type SamskapTheme } from '@samskap/tokens';
import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect } from 'react';
import { SamskapDocsPage } from './DocsPage';

declare const __SK_TEST_LOCALE__: string | undefined;
declare const __SK_TEST_SCHEME__: string | undefined;

// The story test runs set these per project so every story is checked in every language and
// scheme; the Storybook UI starts in bokmål, light.
const initialLocale = typeof __SK_TEST_LOCALE__ === 'string' ? __SK_TEST_LOCALE__ : 'nb';
const initialScheme = typeof __SK_TEST_SCHEME__ === 'string' ? __SK_TEST_SCHEME__ : 'light';

/** The themes in the toolbar: the default and the three agency examples from @samskap/tokens. */
const storybookThemes: Record<string, SamskapTheme> = {
  default: defaultTheme,
  ...exampleThemes,
};

const withSamskap: Decorator = (Story, context) => {
  const locale = (context.globals.locale ?? 'nb') as SamskapLocale;
  const colorScheme = (context.globals.colorScheme ?? 'light') as ColorScheme;
  const theme = storybookThemes[context.globals.theme as string] ?? defaultTheme;
  const tag = localeInfo[locale]?.tag ?? locale;
  useEffect(() => {
    document.documentElement.lang = tag;
    document.documentElement.dataset.colorScheme = colorScheme;
  }, [tag, colorScheme]);
  return (
    <SamskapProvider
      locale={locale}
      theme={theme}
      colorScheme={colorScheme}
      style={{ padding: '1rem', minHeight: context.viewMode === 'docs' ? undefined : '100vh' }}
    >
      <Story />
    </SamskapProvider>
  );
};

interface StoryChecks {
  before(context: unknown): void;
  after(context: unknown): Promise<void>;
}
// Installed by .storybook/story-checks.setup.ts in the story test run only: reflow, text
// spacing, forced colours, zoom and the accessibility-tree records (docs/decisions/0014).
const storyChecks = () =>
  (globalThis as { __samskapStoryChecks?: StoryChecks }).__samskapStoryChecks;

const preview: Preview = {
  decorators: [withSamskap],
  beforeEach: (context) => {
    if (context.viewMode !== 'docs') storyChecks()?.before(context);
  },
  afterEach: async (context) => {
    if (context.viewMode !== 'docs') await storyChecks()?.after(context);
  },
  globalTypes: {
    locale: {
      description: 'Language of the built-in strings',
      toolbar: {
        title: 'Språk',
        icon: 'globe',
        items: [
          { value: 'nb', title: 'Norsk bokmål (nb)' },
          { value: 'nn', title: 'Norsk nynorsk (nn)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
    colorScheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme: the default or an agency example made with createTheme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Samskap (default)' },
          { value: 'kommune', title: 'Kommune: green' },
          { value: 'departement', title: 'Departement: dark blue' },
          { value: 'varm', title: 'Varm: orange' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: initialLocale, colorScheme: initialScheme, theme: 'default' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Every component's docs page: purpose, props table, copyable examples, its strings.
    docs: { page: SamskapDocsPage },
    // Any axe violation fails the story test run.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
