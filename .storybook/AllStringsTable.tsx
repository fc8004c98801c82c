import { localeInfo, resources, supportedLocales } from '@samskap/i18n';
import { type CSSProperties, useId, useMemo, useState } from 'react';
import { type StringTree, stringLeaves } from '../packages/i18n/src/resources/define.ts';

const cell: CSSProperties = {
  padding: '0.375rem 0.5rem',
  borderBottom: '1px solid var(--sk-color-neutral-border-subtle)',
  verticalAlign: 'top',
  textAlign: 'start',
};

/**
 * Every key of the `samskap` namespace with its nb, nn and en text side by side, for
 * translators and reviewers. Rows where nynorsk is identical to bokmål are marked, since those
 * are the ones most worth a second look.
 */
export function AllStringsTable() {
  const [filter, setFilter] = useState('');
  const id = useId();
  const byLocale = useMemo(
    () =>
      Object.fromEntries(
        supportedLocales.map((l) => [l, stringLeaves(resources[l] as unknown as StringTree)]),
      ) as Record<(typeof supportedLocales)[number], Map<string, string>>,
    [],
  );
  const keys = [...byLocale.nb.keys()];
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? keys.filter(
        (k) =>
          k.toLowerCase().includes(needle) ||
          supportedLocales.some((l) => byLocale[l].get(k)?.toLowerCase().includes(needle)),
      )
    : keys;
  return (
    <div>
      <p>
        <label htmlFor={id} style={{ display: 'block', fontWeight: 600 }}>
          Filter by key or text
        </label>
        <input
          id={id}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          style={{ font: 'inherit', padding: '0.25rem 0.5rem', minWidth: '16rem' }}
        />
      </p>
      <p aria-live="polite">
        {shown.length} of {keys.length} keys
      </p>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th scope="col" style={cell}>
                Key
              </th>
              {supportedLocales.map((l) => (
                <th key={l} scope="col" style={cell}>
                  {localeInfo[l].englishName} ({l})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((key) => {
              const sameAsNb = byLocale.nn.get(key) === byLocale.nb.get(key);
              return (
                <tr key={key}>
                  <th scope="row" style={cell}>
                    <code>{key}</code>
                  </th>
                  {supportedLocales.map((l) => (
                    <td key={l} lang={localeInfo[l].tag} style={cell}>
                      {byLocale[l].get(key)}
                      {l === 'nn' && sameAsNb && (
                        <small lang="en" style={{ display: 'block', fontStyle: 'italic' }}>
                          (same as bokmål)
                        </small>
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
