import { localeInfo, resources, supportedLocales } from '@samskap/i18n';
import {
  Controls,
  Description,
  Primary,
  Stories,
  Subtitle,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';
import { type CSSProperties, useEffect, useState } from 'react';
import { ComponentConformanceSection } from './Conformance';
import { AccessibilityNotes, UsageGuidance } from './Guidance';

// The components' own source, loaded only when a docs page asks for it, so the strings section
// is read from the code (the keys its `useLabels` map names) and can never go stale.
const sources = import.meta.glob<string>(
  ['../packages/*/src/**/*.{ts,tsx}', '!../packages/*/src/**/*.{test,stories}.{ts,tsx}'],
  { query: '?raw', import: 'default' },
);
const areas = new Set(Object.keys(resources.nb));
const keyLiteral = /['`]([a-z][A-Za-z]*(?:\.[A-Za-z_]+)+)['`]/g;

/** The `samskap` keys named in a component's folder, found by its file name. */
function useComponentKeys(name: string): string[] {
  const [keys, setKeys] = useState<string[]>([]);
  useEffect(() => {
    const file = Object.keys(sources).find((p) => p.endsWith(`/${name}.tsx`));
    if (!file) return;
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    const files = Object.keys(sources).filter(
      (p) => p.startsWith(dir) && !p.slice(dir.length).includes('/'),
    );
    let live = true;
    Promise.all(files.map((p) => sources[p]?.() ?? '')).then((texts) => {
      const found = new Set<string>();
      for (const [, key] of texts.join('\n').matchAll(keyLiteral)) {
        if (key && areas.has(key.split('.')[0] ?? '')) found.add(key);
      }
      if (live) setKeys([...found].sort());
    });
    return () => {
      live = false;
    };
  }, [name]);
  return keys;
}

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree | string | undefined, prefix: string, out: Array<[string, string]>) {
  if (typeof tree === 'string') out.push([prefix, tree]);
  else if (tree) for (const [k, v] of Object.entries(tree)) leaves(v, `${prefix}.${k}`, out);
  return out;
}

function subtree(
  locale: (typeof supportedLocales)[number],
  path: string,
): Tree | string | undefined {
  let node: Tree | string | undefined = resources[locale] as unknown as Tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node;
}

const cell: CSSProperties = {
  padding: '0.375rem 0.5rem',
  borderBottom: '1px solid var(--sk-color-neutral-border-subtle)',
  verticalAlign: 'top',
  textAlign: 'start',
};

/** The leaves under a key; a plural key (`count`) gives its forms (`count_one`, `count_other`). */
function rowsFor(key: string): Array<[string, string]> {
  const node = subtree('nb', key);
  if (node !== undefined) return leaves(node, key, []);
  const parent = key.slice(0, key.lastIndexOf('.'));
  const last = key.slice(key.lastIndexOf('.') + 1);
  const siblings = subtree('nb', parent);
  if (typeof siblings !== 'object') return [];
  return Object.entries(siblings)
    .filter(([k, v]) => k.startsWith(`${last}_`) && typeof v === 'string')
    .map(([k, v]) => [`${parent}.${k}`, v as string]);
}

/** A component's built-in strings in nb, nn and en, and how to change them. */
function ComponentStrings({ keys }: { keys: readonly string[] }) {
  const seen = new Set<string>();
  const rows = keys.flatMap(rowsFor).filter(([k]) => !seen.has(k) && seen.add(k));
  if (rows.length === 0) return null;
  const example = rows[0]?.[0] ?? 'area.key';
  const [first, ...rest] = example.split('.');
  const nested = rest.reduceRight((inner, k) => `{ ${k}: ${inner} }`, "'…'");
  return (
    <section>
      <h2>Strings</h2>
      <p>
        Every built-in string in bokmål, nynorsk and English. Change one for your whole portal with
        the provider's <code>translations</code>, per language:
      </p>
      <pre>
        <code>{`<SamskapProvider translations={{ nn: { ${first}: ${nested} } }}>`}</code>
      </pre>
      <p>
        or for one instance with the component's <code>labels</code> prop, which takes a text or a
        function of the values (so your wording keeps its plural forms). Keys ending in{' '}
        <code>_one</code> and <code>_other</code> are plural forms.
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
                  {localeInfo[l].englishName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([key]) => (
              <tr key={key}>
                <th scope="row" style={cell}>
                  <code>{key}</code>
                </th>
                {supportedLocales.map((l) => {
                  const text = subtree(l, key);
                  return (
                    <td key={l} lang={localeInfo[l].tag} style={cell}>
                      {typeof text === 'string' ? text : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

type ComponentLike = {
  displayName?: string;
  name?: string;
  render?: { name?: string };
  __docgenInfo?: { displayName?: string };
};

/** A component's exported name; a forwardRef or memo object has it on its render function. */
function componentName(c: ComponentLike | undefined): string {
  return c?.displayName || c?.name || c?.__docgenInfo?.displayName || c?.render?.name || '';
}

/**
 * Every component's docs page: what it is for (the component's JSDoc), the first story, when to
 * use it and when not, the props table from its types, every story with its code to copy, its
 * built-in strings and its accessibility notes.
 */
export function SamskapDocsPage() {
  const { preparedMeta } = useOf('meta', ['meta']);
  const component = preparedMeta.component as ComponentLike | undefined;
  const name = componentName(component);
  const keys = useComponentKeys(name);
  return (
    <>
      <Title />
      <Subtitle />
      <Description of="meta" />
      <Primary />
      <UsageGuidance name={name} />
      <h2>Props</h2>
      <Controls />
      <Stories title="Examples" />
      <ComponentStrings keys={keys} />
      <AccessibilityNotes name={name} />
      <ComponentConformanceSection />
    </>
  );
}
