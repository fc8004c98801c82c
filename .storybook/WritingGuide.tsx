import { localeInfo } from '@samskap/i18n';
import { Markdown } from '@storybook/addon-docs/blocks';
import type { CSSProperties, ReactNode } from 'react';
import { notNynorsk } from '../packages/i18n/src/writing/not-nynorsk.ts';
import { terminology, type WritingLocale } from '../packages/i18n/src/writing/terminology.ts';

export const cell: CSSProperties = {
  padding: '0.375rem 0.5rem',
  borderBottom: '1px solid var(--sk-color-neutral-border-subtle)',
  verticalAlign: 'top',
  textAlign: 'start',
};
const locales: WritingLocale[] = ['nb', 'nn', 'en'];
const names: Record<WritingLocale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** A data table that scrolls sideways in its own region when it must (WCAG 1.4.10 allows it). */
export function Table({ head, children }: { head: string[]; children: ReactNode }) {
  return (
    <div style={{ overflowX: 'auto', margin: '1rem 0' }}>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" style={cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** The terminology table, from the data the strings test checks against. */
export function TerminologyTable() {
  return (
    <Table head={['Idea', ...locales.map((l) => names[l])]}>
      {terminology.map((term) => (
        <tr key={term.id}>
          <th scope="row" style={cell}>
            {term.id}
            <span style={{ display: 'block', fontWeight: 'normal' }}>{term.idea}</span>
            {term.note && (
              <small style={{ display: 'block', fontWeight: 'normal' }}>{term.note}</small>
            )}
          </th>
          {locales.map((l) => (
            <td key={l} style={cell}>
              <strong lang={localeInfo[l].tag}>{term[l].use}</strong>
              {term[l].avoid?.length ? (
                <small style={{ display: 'block' }}>
                  not: <span lang={localeInfo[l].tag}>{term[l].avoid?.join(', ')}</span>
                </small>
              ) : null}
            </td>
          ))}
        </tr>
      ))}
    </Table>
  );
}

/** The forms a nynorsk string must not hold, and what to write instead. */
export function NotNynorskTable() {
  return (
    <Table head={['Not', 'Write', 'Why']}>
      {notNynorsk.map((n) => (
        <tr key={n.form}>
          <td style={cell} lang={localeInfo.nb.tag}>
            {n.form}
          </td>
          <td style={cell} lang={localeInfo.nn.tag}>
            {n.write}
          </td>
          <td style={cell}>{n.why ?? 'bokmål'}</td>
        </tr>
      ))}
    </Table>
  );
}

const blocks: Record<string, () => ReactNode> = {
  terminology: () => <TerminologyTable />,
  'not-nynorsk': () => <NotNynorskTable />,
};

/**
 * docs/writing.md as a Storybook page. The Markdown tables between `<!-- name:start -->` and
 * `<!-- name:end -->` are drawn from the data instead, with each word marked with its language.
 */
export function WritingGuide({ markdown }: { markdown: string }) {
  const parts: ReactNode[] = [];
  let rest = markdown;
  for (;;) {
    const start = /<!-- ([\w-]+):start -->/.exec(rest);
    const name = start?.[1];
    const end = name ? rest.indexOf(`<!-- ${name}:end -->`) : -1;
    if (!start || !name || end < 0) break;
    parts.push(<Markdown key={parts.length}>{rest.slice(0, start.index)}</Markdown>);
    parts.push(<div key={parts.length}>{blocks[name]?.()}</div>);
    rest = rest.slice(end + `<!-- ${name}:end -->`.length);
  }
  parts.push(<Markdown key={parts.length}>{rest}</Markdown>);
  return <>{parts}</>;
}
