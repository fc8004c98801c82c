import { defaultTheme, exampleThemes, type SamskapTheme } from '@samskap/tokens';
import { act, render, screen } from '@testing-library/react';
import { Profiler, type ReactNode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { Button } from '../button/Button.js';
import { type ColorScheme, SamskapProvider } from './SamskapProvider.js';
import { useSamskapLocale } from './useSamskapLocale.js';

let controls: {
  setTheme: (t: SamskapTheme | string) => void;
  setScheme: (s: ColorScheme) => void;
  setLocale: (l: 'nb' | 'en') => void;
};

/** Holds the provider's props in state; its children are created once, outside. */
function Host({ children }: { children: ReactNode }) {
  const [theme, setTheme] = useState<SamskapTheme | string>(defaultTheme);
  const [scheme, setScheme] = useState<ColorScheme>('light');
  const [locale, setLocale] = useState<'nb' | 'en'>('nb');
  controls = { setTheme, setScheme, setLocale };
  return (
    <SamskapProvider theme={theme} colorScheme={scheme} locale={locale} data-testid="root">
      {children}
    </SamskapProvider>
  );
}

let leafRenders = 0;
let commits: string[] = [];
const record = (id: string, phase: string) => commits.push(`${id}:${phase}`);

// A Profiler above a component does not report a render that a context change caused (React
// propagates context lazily, past the Profiler), so the consumer also has one inside it.
function Leaf() {
  leafRenders++;
  const { t } = useSamskapLocale();
  return (
    <Profiler id="leaf" onRender={record}>
      <p>{t('button.loading')}</p>
    </Profiler>
  );
}

describe('SamskapProvider theming', () => {
  it('switches theme and scheme without re-rendering any component below it', () => {
    commits = [];
    leafRenders = 0;
    render(
      <Host>
        <Profiler id="subtree" onRender={record}>
          <Button>Send inn</Button>
          <Leaf />
        </Profiler>
      </Host>,
    );
    const root = screen.getByTestId('root');
    const mounted = ['leaf:mount', 'subtree:mount'];
    expect(commits).toEqual(mounted);
    expect(leafRenders).toBe(1);

    const steps: Array<() => void> = [
      () => controls.setTheme(exampleThemes.kommune),
      () => controls.setScheme('dark'),
      () => controls.setTheme(exampleThemes.departement),
      () => controls.setScheme('auto'),
      () => controls.setTheme(exampleThemes.varm),
      () => controls.setScheme('light'),
      () => controls.setTheme('kommune'),
      () => controls.setTheme(defaultTheme),
    ];
    for (const step of steps) act(step);

    // The provider's own element took every change...
    expect(root).toHaveAttribute('data-sk-theme', 'default');
    expect(root).toHaveAttribute('data-color-scheme', 'light');
    // ...and nothing below it rendered again.
    expect(commits).toEqual(mounted);
    expect(leafRenders).toBe(1);

    // The count is real: a language switch does reach the components.
    act(() => controls.setLocale('en'));
    expect(commits).toEqual([...mounted, 'leaf:update']);
    expect(leafRenders).toBe(2);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
  });

  it('puts the theme on its own element and writes a style scoped to it', () => {
    const { container } = render(
      <SamskapProvider theme={exampleThemes.varm} colorScheme="auto" data-testid="root">
        <Button>Send inn</Button>
      </SamskapProvider>,
    );
    const root = screen.getByTestId('root');
    expect(root).toHaveAttribute('data-sk-theme', 'varm');
    expect(root).toHaveAttribute('data-color-scheme', 'auto');
    const css = container.querySelector('style')?.textContent ?? '';
    expect(css).toContain(`[data-sk-theme=varm] {\n  color-scheme: light;`);
    expect(css).toContain(
      `--sk-color-accent-base: ${exampleThemes.varm.color.light.scales.accent.base};`,
    );
    // auto is a media query, so the HTML is right before any script runs.
    expect(css).toMatch(
      /@media \(prefers-color-scheme: dark\) \{\s*\[data-sk-theme=varm\]\[data-color-scheme=auto\]/,
    );
    expect(css).not.toContain(':root');
  });

  it('takes the name of a theme loaded from a CSS file and adds no style of its own', () => {
    const { container } = render(
      <SamskapProvider theme="kommune" data-testid="root">
        x
      </SamskapProvider>,
    );
    expect(screen.getByTestId('root')).toHaveAttribute('data-sk-theme', 'kommune');
    expect(container.querySelector('style')).toBeNull();
  });

  it('nests: each provider scopes its own theme and scheme', async () => {
    const { container } = render(
      <SamskapProvider theme={exampleThemes.kommune} data-testid="outer">
        <Button>Ytre</Button>
        <SamskapProvider theme={exampleThemes.departement} colorScheme="dark" data-testid="inner">
          <Button>Indre</Button>
        </SamskapProvider>
      </SamskapProvider>,
    );
    expect(screen.getByTestId('outer')).toHaveAttribute('data-sk-theme', 'kommune');
    expect(screen.getByTestId('inner')).toHaveAttribute('data-sk-theme', 'departement');
    expect(screen.getByTestId('inner')).toHaveAttribute('data-color-scheme', 'dark');
    const styles = [...container.querySelectorAll('style')].map((s) => s.textContent ?? '');
    expect(styles).toHaveLength(2);
    expect(styles[0]).toContain('[data-sk-theme=kommune]');
    expect(styles[1]).toContain('[data-sk-theme=departement][data-color-scheme=dark]');
    expect(await axe(container)).toHaveNoViolations();
  });

  it.each([
    ['a key that closes the block', { ...defaultTheme, base: { 'x}body{color:red': '1' } }],
    ['a font that opens a comment', { ...defaultTheme, base: { 'font-family-body': 'A /*' } }],
    ['no colours at all', { name: 'broken', base: {} }],
    ['not an object', 42],
  ])('shows its content with the default theme, and warns, for a theme with %s', (_, theme) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <SamskapProvider theme={theme as unknown as SamskapTheme}>
        <p>Innhold</p>
      </SamskapProvider>,
    );
    expect(screen.getByText('Innhold')).toBeInTheDocument();
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('data-sk-theme', 'default');
    const css = root.querySelector('style')?.textContent ?? '';
    expect(css).toContain('[data-sk-theme=default]');
    expect(css).not.toMatch(/color:red|\/\*[^*]*$/);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('SamskapProvider: the theme cannot be used'),
    );
    warn.mockRestore();
  });
});
