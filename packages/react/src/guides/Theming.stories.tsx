import type { SamskapLocale } from '@samskap/i18n';
import {
  contrastReport,
  createTheme,
  defaultTheme,
  designsystemetTheme,
  exampleThemes,
  type RadiusStyle,
  radiusStyles,
  type SamskapTheme,
} from '@samskap/tokens';
import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { type CSSProperties, useId, useMemo, useState } from 'react';
import { expect, fireEvent, waitFor, within } from 'storybook/test';
import { Button } from '../button/Button.js';
import { type ColorScheme, SamskapProvider } from '../provider/SamskapProvider.js';

const globalsOf = (context: StoryContext) => ({
  locale: (context.globals.locale ?? 'nb') as SamskapLocale,
  scheme: (context.globals.colorScheme === 'dark' ? 'dark' : 'light') as 'light' | 'dark',
});

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

const stack: CSSProperties = { display: 'grid', gap: 'var(--sk-space-4)' };
const row: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 'var(--sk-space-3)' };

/** A slice of a portal page: what a theme has to make readable. */
function DemoPage({ title }: { title: string }) {
  return (
    <div style={stack}>
      <h2
        style={{
          margin: 0,
          fontFamily: 'var(--sk-font-family-heading)',
          fontSize: 'var(--sk-font-size-xl)',
        }}
      >
        {title}
      </h2>
      <p style={{ margin: 0, color: 'var(--sk-color-neutral-text-subtle)' }}>
        Kommunen vil gjere det enklare å melde frå om hol i vegen. Kva meiner du?
      </p>
      <div style={row}>
        <Button>Send inn</Button>
        <Button variant="secondary">Lagre utkast</Button>
        <Button variant="tertiary">Avbryt</Button>
        <Button variant="danger">Slett</Button>
        <Button disabled>Stengt</Button>
      </div>
      <div
        style={{
          padding: 'var(--sk-space-4)',
          borderRadius: 'var(--sk-radius-lg)',
          background: 'var(--sk-color-accent-surface)',
          border: 'var(--sk-border-width-default) solid var(--sk-color-accent-border-subtle)',
          boxShadow: 'var(--sk-shadow-sm)',
        }}
      >
        <strong style={{ color: 'var(--sk-color-accent-text)' }}>Innovasjonssak 12</strong>
        <p style={{ margin: 'var(--sk-space-2) 0 0' }}>Trygg skuleveg med betre lys om vinteren.</p>
      </div>
      <div style={row}>
        {(['info', 'success', 'warning', 'danger'] as const).map((s) => (
          <span
            key={s}
            style={{
              padding: 'var(--sk-space-1) var(--sk-space-3)',
              borderRadius: 'var(--sk-radius-full)',
              background: `var(--sk-color-${s}-surface)`,
              color: `var(--sk-color-${s}-text)`,
              border: `var(--sk-border-width-default) solid var(--sk-color-${s}-border)`,
            }}
          >
            {s}
          </span>
        ))}
      </div>
    </div>
  );
}

const meta = {
  title: 'Theming/Themes',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const shipped: SamskapTheme[] = [defaultTheme, ...Object.values(exampleThemes)];

/** The default theme and the three agency examples side by side, in the toolbar's scheme. */
export const AgencyThemes: Story = {
  render: (_args, context) => {
    const { locale, scheme } = globalsOf(context);
    return (
      <div
        style={{
          display: 'grid',
          gap: 'var(--sk-space-4)',
          gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
        }}
      >
        {shipped.map((theme) => (
          <SamskapProvider
            key={theme.name}
            theme={theme}
            colorScheme={scheme}
            locale={locale}
            style={{
              padding: 'var(--sk-space-4)',
              border: '1px solid var(--sk-color-neutral-border-subtle)',
            }}
          >
            <DemoPage title={theme.name} />
          </SamskapProvider>
        ))}
      </div>
    );
  },
  play: async ({ canvasElement, context }) => {
    const { scheme } = globalsOf(context as StoryContext);
    const buttons = within(canvasElement).getAllByRole('button', { name: 'Send inn' });
    expect(buttons).toHaveLength(shipped.length);
    // Each subtree paints its own theme's accent in the scheme asked for.
    shipped.forEach((theme, i) => {
      expect(getComputedStyle(buttons[i] as Element).backgroundColor).toBe(
        rgb(theme.color[scheme].scales.accent.base),
      );
    });
  },
};

function ThemePlayground({
  initialAccent,
  initialRadius,
  scheme,
  locale,
}: {
  initialAccent: string;
  initialRadius: RadiusStyle;
  scheme: ColorScheme;
  locale: SamskapLocale;
}) {
  const [accent, setAccent] = useState(initialAccent);
  const [radius, setRadius] = useState<RadiusStyle>(initialRadius);
  const id = useId();
  const theme = useMemo(
    () => createTheme({ name: 'playground', accent, radius }),
    [accent, radius],
  );
  const report = useMemo(() => contrastReport(theme), [theme]);
  const failing = report.filter((r) => !r.pass);
  const lowest = (kind: 'text' | 'ui') =>
    Math.min(...report.filter((r) => r.kind === kind).map((r) => r.ratio)).toFixed(2);
  return (
    <div style={stack}>
      <div style={row}>
        <label htmlFor={`${id}-accent`} style={{ display: 'grid', gap: 'var(--sk-space-1)' }}>
          Accent colour
          <input
            id={`${id}-accent`}
            type="color"
            value={accent}
            onChange={(e) => setAccent(e.target.value)}
            style={{ inlineSize: '4rem', blockSize: '2.75rem' }}
          />
        </label>
        <label htmlFor={`${id}-radius`} style={{ display: 'grid', gap: 'var(--sk-space-1)' }}>
          Corners
          <select
            id={`${id}-radius`}
            value={radius}
            onChange={(e) => setRadius(e.target.value as RadiusStyle)}
            style={{ minBlockSize: '2.75rem', font: 'inherit' }}
          >
            {radiusStyles.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
      </div>
      <SamskapProvider
        theme={theme}
        colorScheme={scheme}
        locale={locale}
        data-testid="playground"
        style={{
          padding: 'var(--sk-space-4)',
          border: '1px solid var(--sk-color-neutral-border-subtle)',
        }}
      >
        <DemoPage title={`Accent ${accent}`} />
      </SamskapProvider>
      <section aria-labelledby={`${id}-report`}>
        <h2 id={`${id}-report`} style={{ fontSize: 'var(--sk-font-size-lg)' }}>
          Contrast report
        </h2>
        <p>
          {`${report.length} pairs checked in light and dark, ${failing.length} failing. Lowest text pair ${lowest('text')}:1 (needs 4.5:1), lowest UI pair ${lowest('ui')}:1 (needs 3:1).`}
        </p>
        {theme.adjustments.length === 0 ? (
          <p>Nothing adjusted: the accent colour works as given.</p>
        ) : (
          <>
            <p>Adjusted to reach contrast:</p>
            <ul data-testid="adjustments">
              {theme.adjustments.map((a) => (
                <li key={`${a.scheme}-${a.token}`}>
                  <code>{`${a.scheme} ${a.token}`}</code>
                  {`: ${a.from} → ${a.to} (${a.reason})`}
                </li>
              ))}
            </ul>
          </>
        )}
        <p>The same theme as a CSS file, without JavaScript:</p>
        <pre style={{ overflowX: 'auto', whiteSpace: 'pre-wrap' }}>
          <code>{`npx samskap-theme --accent "${accent}" --name playground --radius ${radius} --out theme.css`}</code>
        </pre>
      </section>
    </div>
  );
}

/** Pick an accent colour and see the generated theme on real components, with its report. */
export const Playground: StoryObj<{ accent: string; radius: RadiusStyle }> = {
  args: { accent: '#0b6e4f', radius: 'md' },
  argTypes: {
    accent: { control: 'color', description: 'The starting accent colour' },
    radius: { control: 'inline-radio', options: radiusStyles },
  },
  render: (args, context) => {
    const { locale, scheme } = globalsOf(context);
    return (
      <ThemePlayground
        key={args.accent}
        initialAccent={args.accent}
        initialRadius={args.radius}
        scheme={scheme}
        locale={locale}
      />
    );
  },
  play: async ({ canvasElement, context }) => {
    const { scheme } = globalsOf(context as StoryContext);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/0 failing/)).toBeVisible();
    // An orange too light for white text on a white page.
    fireEvent.change(canvas.getByLabelText('Accent colour'), { target: { value: '#f28c28' } });
    const expected = createTheme({ name: 'p', accent: '#f28c28' });
    await expect(canvas.getByTestId('adjustments')).toHaveTextContent(
      /light accent\.base: #f28c28 →/,
    );
    const send = within(canvas.getByTestId('playground')).getByRole('button', { name: 'Send inn' });
    // The button's background has a short transition.
    await waitFor(() =>
      expect(getComputedStyle(send).backgroundColor).toBe(
        rgb(expected.color[scheme].scales.accent.base),
      ),
    );
    await expect(canvas.getByText(/0 failing/)).toBeVisible();
  },
};

// Designsystemet's theme builder output for its Digdir theme, the steps the bridge reads, in
// Samskap's step order (background-default, background-tinted, surface-tinted, surface-hover,
// surface-active, border-subtle, border-default, border-strong, text-subtle, text-default,
// base-default, base-hover, base-active, base-contrast-default).
const dsSteps = [
  'background-default',
  'background-tinted',
  'surface-tinted',
  'surface-hover',
  'surface-active',
  'border-subtle',
  'border-default',
  'border-strong',
  'text-subtle',
  'text-default',
  'base-default',
  'base-hover',
  'base-active',
  'base-contrast-default',
];
const dsDigdir: Record<'light' | 'dark', Record<string, string>> = {
  light: {
    accent:
      '#ffffff #eef4fa #d3e4f3 #bad5ec #a3c6e6 #99c0e3 #3582c8 #0061b8 #0061b8 #002c54 #0062ba #004f96 #003d75 #ffffff',
    neutral:
      '#ffffff #f3f4f4 #e0e2e4 #cfd2d5 #bfc3c7 #b8bcc1 #777f89 #59626f #59626f #1f2c3d #1e2b3c #313d4d #444f5d #ffffff',
    brand1:
      '#ffffff #fef0f1 #fcdadb #fbc4c5 #f9afb1 #f9a5a8 #d55356 #a44043 #a44043 #4b1d1e #f45f63 #f78588 #f9a6a8 #000000',
    success:
      '#ffffff #ecf6ee #d0e8d3 #b4dbba #9bcfa2 #8fc997 #1d922d #057114 #057114 #023409 #068718 #057014 #045a10 #ffffff',
    danger:
      '#ffffff #fbf1f1 #f5dcdc #f0c8c8 #ebb5b5 #e8adad #d15757 #bf1b1b #bf1b1b #590d0d #c01b1b #9b1616 #791111 #ffffff',
    info: '#ffffff #edf5fa #d2e5f3 #b7d5ed #9fc7e6 #94c1e3 #2a83c8 #0964a9 #0964a9 #042d4d #0a71c0 #085d9f #074a7e #ffffff',
    warning:
      '#ffffff #faf2ee #f1dfd3 #e9ccba #e2baa2 #dfb398 #bf6732 #9b4a18 #9b4a18 #46220b #b8581d #994918 #7b3b13 #ffffff',
    focus: '#ffffff #1f2c3d',
  },
  dark: {
    accent:
      '#001e38 #002547 #00305c #003c71 #004787 #00519a #307fc7 #70a7d8 #70a7d8 #d7e7f4 #4c91cf #6fa6d8 #92bce1 #000000',
    neutral:
      '#141d29 #1a2534 #243041 #303c4c #3d4857 #475260 #747c87 #9da2aa #9da2aa #e3e5e7 #a6acb2 #90979f #7a828c #000000',
    brand1:
      '#321314 #3f181a #512021 #652729 #792f31 #893538 #d05155 #f67e81 #f67e81 #fdddde #9f3e41 #7f3234 #612628 #ffffff',
    success:
      '#022306 #022c08 #03380a #03460c #04530f #045f11 #178f28 #62b36d #62b36d #d4ead7 #138d24 #3ca14b #66b571 #000000',
    danger:
      '#3d0909 #4c0b0b #610e0e #781111 #8e1414 #a11717 #cf5252 #df8b8b #df8b8b #f6dfdf #d76e6e #df8b8b #e7a8a8 #000000',
    info: '#031e33 #032641 #043154 #053d68 #06497c #07538d #2480c7 #69a8d8 #69a8d8 #d6e7f4 #2d85c9 #519ad2 #77b0dc #000000',
    warning:
      '#2f1607 #3b1c09 #4d250c #5f2e0f #723612 #823e14 #bd632d #d2946e #d2946e #f2e2d7 #bc612a #c87d4f #d39772 #000000',
    focus: '#141d29 #e3e5e7',
  },
};

function dsDeclarations(scheme: 'light' | 'dark'): string {
  const lines: string[] = [];
  for (const [color, values] of Object.entries(dsDigdir[scheme])) {
    const list = values.split(' ');
    if (color === 'focus') {
      lines.push(`--ds-color-focus-inner: ${list[0]};`, `--ds-color-focus-outer: ${list[1]};`);
    } else {
      dsSteps.forEach((step, i) => {
        lines.push(`--ds-color-${color}-${step}: ${list[i]};`);
      });
    }
  }
  return lines.join('\n  ');
}

/** What a page gets from Designsystemet's theme CSS, scoped to this story. */
const dsThemeCss = `[data-ds-sample] [data-color-scheme="light"] {\n  ${dsDeclarations('light')}\n}
[data-ds-sample] [data-color-scheme="dark"] {\n  ${dsDeclarations('dark')}\n}`;

/**
 * A Samskap page under a Designsystemet theme: the Designsystemet theme's CSS defines its
 * `--ds-color-*` variables, and the bridge theme (`designsystemetTheme`, or
 * `@samskap/tokens/css/designsystemet.css`) maps them onto `--sk-color-*`. No Samskap component
 * changes. The band inside uses Designsystemet's own `data-color-scheme` to flip the scheme.
 */
export const DesignsystemetBridge: Story = {
  name: 'Designsystemet bridge',
  render: (_args, context) => {
    const { locale, scheme } = globalsOf(context);
    const other = scheme === 'dark' ? 'light' : 'dark';
    return (
      <div data-ds-sample="">
        <style>{dsThemeCss}</style>
        <SamskapProvider
          theme={designsystemetTheme}
          colorScheme={scheme}
          locale={locale}
          data-testid="ds-page"
          style={{ padding: 'var(--sk-space-4)' }}
        >
          <DemoPage title="Designsystemet theme, Samskap components" />
          <div
            data-color-scheme={other}
            data-testid="ds-band"
            style={{
              marginBlockStart: 'var(--sk-space-5)',
              padding: 'var(--sk-space-4)',
              background: 'var(--sk-color-neutral-background)',
              color: 'var(--sk-color-neutral-text)',
            }}
          >
            <DemoPage title={`A ${other} band inside`} />
          </div>
        </SamskapProvider>
      </div>
    );
  },
  play: async ({ canvasElement, context }) => {
    const { scheme } = globalsOf(context as StoryContext);
    const other = scheme === 'dark' ? 'light' : 'dark';
    const canvas = within(canvasElement);
    const base = (s: 'light' | 'dark') => rgb(dsDigdir[s].accent?.split(' ')[10] ?? '');
    const [page, band] = canvas.getAllByRole('button', { name: 'Send inn' });
    await expect(getComputedStyle(page as Element).backgroundColor).toBe(base(scheme));
    await expect(getComputedStyle(band as Element).backgroundColor).toBe(base(other));
  },
};
