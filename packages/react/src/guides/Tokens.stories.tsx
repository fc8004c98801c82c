import {
  type ColorSchemeName,
  type ContrastResult,
  colorScaleNames,
  colorSteps,
  contrastRatio,
  contrastReport,
  defaultTheme,
  exampleThemes,
  reducedMotionDuration,
  type SamskapTheme,
} from '@samskap/tokens';
import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import type { CSSProperties, ReactNode } from 'react';
import { expect, within } from 'storybook/test';

// The docs page (docs/Tokens.mdx) shows these stories; each reads the theme and scheme chosen
// in the toolbar, so the figures are those of what is on screen.
const themes: Record<string, SamskapTheme> = { default: defaultTheme, ...exampleThemes };

function current(context: StoryContext): { theme: SamskapTheme; scheme: ColorSchemeName } {
  const theme = themes[context.globals.theme as string] ?? defaultTheme;
  return { theme, scheme: context.globals.colorScheme === 'dark' ? 'dark' : 'light' };
}

const mono: CSSProperties = {
  fontFamily: 'var(--sk-font-family-mono)',
  fontSize: 'var(--sk-font-size-xs)',
};
const cell: CSSProperties = {
  padding: 'var(--sk-space-2)',
  borderBottom: 'var(--sk-border-width-default) solid var(--sk-color-neutral-border-subtle)',
  textAlign: 'start',
  verticalAlign: 'middle',
};

/**
 * A wide table scrolls inside its own region at narrow widths, the one sideways scroll WCAG
 * 1.4.10 allows: named, and focusable so keyboard users can scroll it.
 */
function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      {children}
    </section>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section
      style={{ maxWidth: 'var(--sk-content-width-page)', marginBlockEnd: 'var(--sk-space-6)' }}
    >
      <h2
        style={{ fontSize: 'var(--sk-font-size-xl)', fontFamily: 'var(--sk-font-family-heading)' }}
      >
        {title}
      </h2>
      {children}
    </section>
  );
}

function Swatches({ theme, scheme }: { theme: SamskapTheme; scheme: ColorSchemeName }) {
  return (
    <Section title={`Colour scales (${theme.name}, ${scheme})`}>
      {colorScaleNames.map((scale) => (
        <div key={scale} style={{ marginBlockEnd: 'var(--sk-space-5)' }}>
          <h3 style={{ fontSize: 'var(--sk-font-size-lg)' }}>{scale}</h3>
          <ul
            style={{
              listStyle: 'none',
              padding: 0,
              margin: 0,
              display: 'grid',
              gap: 'var(--sk-space-3)',
              gridTemplateColumns: 'repeat(auto-fill, minmax(7.5rem, 1fr))',
            }}
          >
            {colorSteps.map((step) => (
              <li key={step}>
                <div
                  aria-hidden="true"
                  style={{
                    height: '2.5rem',
                    borderRadius: 'var(--sk-radius-md)',
                    border:
                      'var(--sk-border-width-default) solid var(--sk-color-neutral-border-subtle)',
                    background: `var(--sk-color-${scale}-${step})`,
                  }}
                />
                <div style={{ fontSize: 'var(--sk-font-size-sm)' }}>{step}</div>
                <div style={{ ...mono, color: 'var(--sk-color-neutral-text-subtle)' }}>
                  {theme.color[scheme].scales[scale][step]}
                </div>
                <div style={{ ...mono, color: 'var(--sk-color-neutral-text-subtle)' }}>
                  {`${contrastRatio(
                    theme.color[scheme].scales[scale][step],
                    theme.color[scheme].scales.neutral.background,
                  ).toFixed(2)}:1 on page`}
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Section>
  );
}

function Sample({ r }: { r: ContrastResult }) {
  const box: CSSProperties = {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    minWidth: '3rem',
    minHeight: '2rem',
    borderRadius: 'var(--sk-radius-sm)',
    background: r.backgroundColor,
    color: r.foregroundColor,
  };
  // Text pairs are shown as text; UI pairs (3:1 is for shapes, not text) as a bar.
  return r.kind === 'text' ? (
    <span style={box}>Aa</span>
  ) : (
    <span style={box} aria-hidden="true">
      <span style={{ width: '1.75rem', height: '0.375rem', background: r.foregroundColor }} />
    </span>
  );
}

function HeaderRow({ columns }: { columns: readonly string[] }) {
  return (
    <tr>
      {columns.map((c) => (
        <th key={c} scope="col" style={cell}>
          {c}
        </th>
      ))}
    </tr>
  );
}

function ContrastTable({ theme, scheme }: { theme: SamskapTheme; scheme: ColorSchemeName }) {
  const rows = contrastReport(theme).filter((r) => r.scheme === scheme);
  const failing = rows.filter((r) => !r.pass).length;
  return (
    <Section title={`Contrast (${theme.name}, ${scheme})`}>
      <p>
        {`${rows.length} pairs checked, ${failing} failing. Text needs 4.5:1; borders, filled controls and the focus ring need 3:1.`}
      </p>
      <TableScroll label={`Contrast pairs in ${scheme}`}>
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <caption style={{ textAlign: 'start', fontWeight: 'var(--sk-font-weight-bold)' }}>
            {`Contrast pairs in ${scheme}`}
          </caption>
          <thead>
            <HeaderRow columns={['Sample', 'Foreground', 'Background', 'Ratio', 'Needs']} />
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.foreground}|${r.background}`}>
                <td style={cell}>
                  <Sample r={r} />
                </td>
                <td style={cell}>
                  <code style={mono}>{r.foreground}</code>
                </td>
                <td style={cell}>
                  <code style={mono}>{r.background}</code>
                </td>
                <td style={cell}>{`${r.ratio.toFixed(2)}:1`}</td>
                <td style={cell}>{`${r.required}:1`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
}

function TokenTable({
  title,
  prefix,
  theme,
  demo,
}: {
  title: string;
  prefix: string;
  theme: SamskapTheme;
  demo: (name: string) => ReactNode;
}) {
  const names = Object.keys(theme.base).filter((k) => k.startsWith(prefix));
  return (
    <Section title={title}>
      <TableScroll label={title}>
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <HeaderRow columns={['Token', 'Value', 'Example']} />
          </thead>
          <tbody>
            {names.map((n) => (
              <tr key={n}>
                <td style={cell}>
                  <code style={mono}>{`--sk-${n}`}</code>
                </td>
                <td style={cell}>
                  <code style={mono}>{theme.base[n]}</code>
                </td>
                <td style={cell}>{demo(n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
}

const box: CSSProperties = {
  width: '4rem',
  height: '2.5rem',
  background: 'var(--sk-color-accent-surface)',
  border: 'var(--sk-border-width-default) solid var(--sk-color-accent-border)',
};

const meta = {
  title: 'Foundations/Tokens',
  // docs/Tokens.mdx is this file's docs page.
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Colours: Story = {
  render: (_args, context) => <Swatches {...current(context)} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'accent' })).toBeVisible();
    await expect(canvas.getAllByText('on-base')).toHaveLength(colorScaleNames.length);
  },
};

export const Contrast: Story = {
  render: (_args, context) => <ContrastTable {...current(context)} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/pairs checked, 0 failing/)).toBeVisible();
  },
};

export const Typography: Story = {
  render: (_args, context) => (
    <TokenTable
      title="Type scale"
      prefix="font-size-"
      theme={current(context).theme}
      demo={(n) => (
        <span
          style={{ fontSize: `var(--sk-${n})`, lineHeight: 'var(--sk-font-line-height-tight)' }}
        >
          Samskaping i kommunen
        </span>
      )}
    />
  ),
};

export const Spacing: Story = {
  render: (_args, context) => (
    <TokenTable
      title="Spacing"
      prefix="space-"
      theme={current(context).theme}
      demo={(n) => (
        <span
          aria-hidden="true"
          style={{
            display: 'block',
            height: '1rem',
            width: `var(--sk-${n})`,
            background: 'var(--sk-color-accent-base)',
          }}
        />
      )}
    />
  ),
};

export const Radius: Story = {
  render: (_args, context) => (
    <TokenTable
      title="Radius"
      prefix="radius-"
      theme={current(context).theme}
      demo={(n) => (
        <span
          aria-hidden="true"
          style={{ ...box, display: 'block', borderRadius: `var(--sk-${n})` }}
        />
      )}
    />
  ),
};

export const Shadows: Story = {
  render: (_args, context) => (
    <TokenTable
      title="Shadows"
      prefix="shadow-"
      theme={current(context).theme}
      demo={(n) => (
        <span
          aria-hidden="true"
          style={{
            ...box,
            display: 'block',
            margin: 'var(--sk-space-3)',
            background: 'var(--sk-color-neutral-background)',
            boxShadow: `var(--sk-${n})`,
          }}
        />
      )}
    />
  ),
};

export const Motion: Story = {
  render: (_args, context) => (
    <TokenTable
      title={`Motion (durations become ${reducedMotionDuration} under prefers-reduced-motion)`}
      prefix="motion-"
      theme={current(context).theme}
      demo={() => null}
    />
  ),
};
