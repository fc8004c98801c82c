// Server rendering of the built packages under Node's own ESM loader (no bundler), the way a
// Node SSR framework with externalised dependencies loads them. Catches CommonJS interop slips
// and code that touches `window` or `document` at import or render time. Every public
// component renders here in each shipped language.
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';

const portal = await import('../packages/portal/dist/index.js');
const react = await import('../packages/react/dist/index.js');
const { sampleCases } = await import('../packages/portal/dist/sample-data/index.js');
assert.equal(typeof globalThis.document, 'undefined', 'the check must run without a DOM');

// React reports unknown DOM props and bad nesting through console.error; any of them fails.
const reactErrors = [];
console.error = (...args) => reactErrors.push(args.join(' '));

const noop = () => {};
// Elements passed as separate children, not as an array, so they need no keys.
const h = (...args) => createElement(...args);
const cases = sampleCases.slice(0, 4);
const filters = portal.emptyCaseFilters ?? {};
const { facets } = portal.filterCases(sampleCases, filters, 'nb');

/** Every public component with the least props it needs. */
const tree = () => [
  h(portal.LanguageSwitcher, { hrefFor: (l) => `/${l}/` }),
  h(portal.LanguageSwitcher, { variant: 'menu', onChange: noop }),
  h(portal.LanguageSwitcher, { variant: 'select', onChange: noop }),
  h(portal.ContentLanguageNotice, { contentLocale: 'nb', availableIn: ['nb'] }, h('p', null, 'x')),
  h(portal.CaseCard, { case: cases[0] }),
  h(portal.CaseCardSkeleton),
  h(portal.CaseList, { cases, total: cases.length }),
  h(portal.CaseFilters, { value: filters, onChange: noop, facets }),
  h(react.Button, { loading: true }, 'Send'),
  h(react.Alert, { variant: 'warning' }, 'x'),
  h(react.Avatar, { name: 'Kari Nordmann' }),
  h(react.Badge, null, '3'),
  h(react.Tag, { onRemove: noop }, 'tag'),
  h(react.Breadcrumbs, { items: [{ label: 'Heim', href: '/' }, { label: 'Saker' }] }),
  h(react.Heading, { level: 2 }, 'Overskrift'),
  h(react.Paragraph, null, 'Tekst'),
  h(react.List, null, h('li', null, 'a')),
  h(react.Link, { href: 'https://example.org', target: '_blank' }, 'lenke'),
  h(react.Card, null, h(react.Heading, { level: 3 }, h(react.CardLink, { href: '/x' }, 'Kort'))),
  h(react.Pagination, { page: 2, total: 9, hrefFor: (p) => `?side=${p}` }),
  h(react.Details, { summary: 'Mer' }, 'innhald'),
  h(react.Dialog, { open: false, onClose: noop, heading: 'Dialog' }, 'x'),
  h(react.Spinner, { label: 'Lastar' }),
  h(react.Skeleton),
  h(react.SkipLink, { href: '#main' }),
  h(react.SearchField, { label: 'Søk' }),
  h(react.Divider),
  h(react.TextField, { label: 'Namn', required: true, error: 'Skriv namnet ditt' }),
  h(react.Textarea, { label: 'Kommentar', characterLimit: 100, defaultValue: 'hei' }),
  h(react.Checkbox, { label: 'Hugs meg' }),
  h(
    react.CheckboxGroup,
    { legend: 'Val' },
    h(react.Checkbox, { label: 'A', value: 'a' }),
    h(react.Checkbox, { label: 'B', value: 'b' }),
  ),
  h(
    react.RadioGroup,
    { legend: 'Val', name: 'r' },
    h(react.Radio, { label: 'A', value: 'a' }),
    h(react.Radio, { label: 'B', value: 'b' }),
  ),
  h(react.Select, { label: 'Fylke' }, h('option', { value: '1' }, 'Vestland')),
  h(react.Fieldset, { legend: 'Gruppe' }, 'x'),
  h(react.ValidationMessage, null, 'Feil'),
  h(react.ErrorSummary, { errors: [{ target: 'namn', message: 'Skriv namnet ditt' }] }),
];

const expectations = {
  // The switcher names each other language in that language.
  nb: ['lang="nb-NO"', 'Byt språk til', 'Change language to', 'Laster inn'],
  nn: ['lang="nn-NO"', 'Bytt språk til', 'Change language to', 'Lastar inn'],
  en: ['lang="en-GB"', 'Bytt språk til', 'Byt språk til', 'Loading'],
};

let rendered = 0;
for (const [locale, expected] of Object.entries(expectations)) {
  const sheet = new ServerStyleSheet();
  const html = renderToString(
    sheet.collectStyles(h(react.SamskapProvider, { locale, colorScheme: 'auto' }, ...tree())),
  );
  const styles = sheet.getStyleTags();
  sheet.seal();
  assert.match(html, /data-color-scheme="auto"/);
  assert.match(html, /prefers-color-scheme: dark/, 'auto scheme is in the server HTML');
  for (const text of expected) assert.ok(html.includes(text), `${locale}: "${text}" rendered`);
  assert.ok(!/samskap:|[a-z]+\.[a-z]+[A-Z][a-zA-Z]*"?</.test(html), `${locale}: no raw keys`);
  assert.ok(styles.includes('--sk-color-accent-base'), 'component styles are collected');
  rendered = tree().length;
}
assert.deepEqual(reactErrors, [], 'React reported no errors while rendering');
console.log(`ssr: ok (${rendered} components in nb, nn and en)`);
