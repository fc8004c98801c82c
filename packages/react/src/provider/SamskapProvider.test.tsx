import { createSamskapI18n, registerLocale, SAMSKAP_NS, unregisterLocale } from '@samskap/i18n';
import { defaultTheme } from '@samskap/tokens';
import { act, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { SamskapProvider } from './SamskapProvider.js';
import { useSamskapLocale } from './useSamskapLocale.js';

function Probe() {
  const { locale, t } = useSamskapLocale();
  return <p>{`${locale}: ${t('languageSwitcher.label')}`}</p>;
}

const now = Date.UTC(2026, 10, 29, 12);
function Formatted() {
  const f = useSamskapLocale();
  const ago = f.formatRelativeTime(now - 3 * 3_600_000, { now });
  return <p>{`${ago} · ${f.formatNumber(1234.5)} · ${f.displayCountry('NO')}`}</p>;
}

describe('SamskapProvider', () => {
  it.each([
    ['nb', 'nb-NO', 'nb: Velg språk'],
    ['nn', 'nn-NO', 'nn: Vel språk'],
    ['en', 'en-GB', 'en: Choose language'],
  ] as const)('in %s sets lang %s on its root and translates', (locale, tag, text) => {
    render(
      <SamskapProvider locale={locale} data-testid="root">
        <Probe />
      </SamskapProvider>,
    );
    const root = screen.getByTestId('root');
    expect(root).toHaveAttribute('lang', tag);
    expect(root).toHaveAttribute('dir', 'ltr');
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('puts the theme and colour scheme on its root and the theme variables in a style', () => {
    const { container } = render(
      <SamskapProvider colorScheme="dark" data-testid="root">
        x
      </SamskapProvider>,
    );
    const root = screen.getByTestId('root');
    expect(root).toHaveAttribute('data-sk-theme', 'default');
    expect(root).toHaveAttribute('data-color-scheme', 'dark');
    const css = container.querySelector('style')?.textContent ?? '';
    expect(css).toContain('[data-sk-theme=default]');
    expect(css).toContain(defaultTheme.color.dark.scales.accent.base);
    expect(css).not.toContain(':root');
  });

  it('nests: the inner provider wins for its subtree', () => {
    render(
      <SamskapProvider locale="nb" data-testid="outer">
        <Probe />
        <SamskapProvider locale="en" colorScheme="dark" data-testid="inner">
          <Probe />
        </SamskapProvider>
      </SamskapProvider>,
    );
    expect(screen.getByText('nb: Velg språk')).toBeInTheDocument();
    expect(screen.getByText('en: Choose language')).toBeInTheDocument();
    expect(screen.getByTestId('inner')).toHaveAttribute('lang', 'en-GB');
  });

  it('layers provider translations over the shipped strings', () => {
    render(
      <SamskapProvider locale="nn" translations={{ nn: { languageSwitcher: { label: 'Mål' } } }}>
        <Probe />
      </SamskapProvider>,
    );
    expect(screen.getByText('nn: Mål')).toBeInTheDocument();
  });

  it("follows a host instance's language without touching the global singleton", async () => {
    await i18next.init({ lng: 'sv', resources: {} });
    const host = i18next.createInstance();
    await host.init({ lng: 'en', resources: { en: { app: { hi: 'Hi' } } } });
    render(
      <SamskapProvider i18n={host}>
        <Probe />
      </SamskapProvider>,
    );
    expect(host.hasResourceBundle('nn', SAMSKAP_NS)).toBe(true);
    expect(screen.getByText('en: Choose language')).toBeInTheDocument();
    await act(() => host.changeLanguage('nn-NO'));
    expect(screen.getByText('nn: Vel språk')).toBeInTheDocument();
    expect(host.t('app:hi', { lng: 'en' })).toBe('Hi');
    expect(i18next.exists('languageSwitcher.label', { ns: SAMSKAP_NS })).toBe(false);
  });

  it.each([
    ['nb', 'for 3 timer siden · 1\u00a0234,5 · Norge'],
    ['nn', 'for 3 timar sidan · 1\u00a0234,5 · Noreg'],
    ['en', '3 hours ago · 1,234.5 · Norway'],
  ] as const)('gives formatters bound to the locale in %s', (locale, text) => {
    render(
      <SamskapProvider locale={locale}>
        <Formatted />
      </SamskapProvider>,
    );
    // The default normaliser would turn the no-break space in Norwegian numbers into a space.
    expect(screen.getByText(text, { normalizer: (s) => s })).toBeInTheDocument();
  });

  it.each([
    ['no', 'nb: Velg språk'],
    ['nn-NO', 'nn: Vel språk'],
    ['en-US', 'en: Choose language'],
    ['sv-SE', 'nb: Velg språk'],
    ['se', 'nb: Velg språk'],
  ])('normalises a host instance set to %s', async (lng, text) => {
    const host = i18next.createInstance();
    await host.init({ lng, resources: {} });
    render(
      <SamskapProvider i18n={host}>
        <Probe />
      </SamskapProvider>,
    );
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('normalises a locale prop given as a BCP 47 tag', () => {
    render(
      <SamskapProvider locale="nn-NO" data-testid="root">
        <Probe />
      </SamskapProvider>,
    );
    expect(screen.getByText('nn: Vel språk')).toBeInTheDocument();
    expect(screen.getByTestId('root')).toHaveAttribute('lang', 'nn-NO');
  });

  it('uses a locale registered after mounting, its missing strings falling back to bokmål', () => {
    try {
      render(
        <SamskapProvider locale="se" data-testid="root">
          <Probe />
        </SamskapProvider>,
      );
      expect(screen.getByText('nb: Velg språk')).toBeInTheDocument();
      act(() => {
        registerLocale({
          code: 'se',
          fallback: ['nb'],
          resources: { languageSwitcher: { label: 'Vállje giela' } },
        });
      });
      expect(screen.getByText('se: Vállje giela')).toBeInTheDocument();
      expect(screen.getByTestId('root')).toHaveAttribute('lang', 'se-NO');
    } finally {
      unregisterLocale('se');
    }
  });

  it('falls back to bokmål outside any provider, never a raw key', () => {
    render(<Probe />);
    expect(screen.getByText('nb: Velg språk')).toBeInTheDocument();
    expect(createSamskapI18n().language).toBe('nb');
  });
});
