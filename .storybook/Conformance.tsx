import { localeInfo, type SamskapLocale } from '@samskap/i18n';
import {
  type ComponentConformance,
  type ConformanceEvidence,
  type ConformanceText,
  portalConformance,
  reactConformance,
  type WcagCriterion,
  wcagCriteria,
} from '@samskap/portal/conformance';
import { DocsContext, useOf } from '@storybook/addon-docs/blocks';
import { useContext } from 'react';
import { cell, Table } from './WritingGuide';

type Lang = keyof ConformanceText;
const langs: readonly Lang[] = ['nb', 'nn', 'en'];

const records: readonly ComponentConformance[] = [...reactConformance, ...portalConformance];
const criterionById = new Map<string, WcagCriterion>(wcagCriteria.map((c) => [c.id, c]));
const order = new Map<string, number>(wcagCriteria.map((c, i) => [c.id, i]));
/** A record's criteria in WCAG order, however the record lists them. */
const inOrder = (record: ComponentConformance) =>
  [...record.criteria].sort(
    (a, b) => (order.get(a.criterion) ?? 0) - (order.get(b.criterion) ?? 0),
  );

/**
 * The language picked in the toolbar. Docs pages get no decorators, so this reads the globals
 * from the docs context's store; Storybook renders a docs page again when a global changes.
 */
export function useDocsLocale(): Lang {
  const context = useContext(DocsContext) as unknown as {
    store?: { userGlobals?: { get?: () => Record<string, unknown> } };
  };
  const locale = context?.store?.userGlobals?.get?.()?.locale;
  return langs.includes(locale as Lang) ? (locale as Lang) : 'nb';
}

// The words of these two views, in the three languages the records are written in.
const words = {
  nb: {
    heading: 'Samsvar med WCAG',
    intro:
      'For hver offentlige komponent i @samskap/react og @samskap/portal: hvilke suksesskriterier i WCAG 2.2 den tar seg av, hvordan den møter hvert av dem, historien eller testen som viser det, og hva portalen din fortsatt må gjøre. Offentlige virksomheter i Norge svarer på de 47 kriteriene i forskriften (WCAG 2.1 A og AA, unntatt 1.2.3, 1.2.4 og 1.2.5) i tilgjengelighetserklæringen sin. Et kriterium som ingen komponent dekker, må nettstedet oppfylle selv, og en side er ikke tilgjengelig bare fordi komponentene er det.',
    tools: 'Verktøy kan hente de samme oppføringene:',
    toolbar: 'Bytt språk i verktøylinjen (nb, nn, en).',
    criterion: 'Kriterium',
    level: 'Nivå',
    title: 'Navn',
    norway: 'Krav i Norge',
    yes: 'Ja',
    no: 'Nei',
    noNew: 'Nei (nytt i WCAG 2.2)',
    removed: 'fjernet i WCAG 2.2',
    components: 'Komponenter som dekker det',
    none: 'Ingen komponent tar seg av dette. Det er nettstedets ansvar.',
    how: 'Slik møter komponenten kravet',
    host: 'Dette må du gjøre selv',
    shownBy: 'Vist av',
    story: 'Historie',
    test: 'Test',
    checks: {
      reflow: 'sjekk: 320 px bredde, alle historier',
      zoom: 'sjekk: 200 % zoom, alle historier',
      'text-spacing': 'sjekk: tekstavstand etter WCAG 1.4.12, alle historier',
      'forced-colors': 'sjekk: tvungne farger, alle historier',
    },
    byComponent: 'Per komponent',
    byCriterion: 'Per kriterium',
    criteriaCount: (n: number) => (n === 1 ? '1 kriterium' : `${n} kriterier`),
    section: 'Tilgjengelighet (WCAG)',
    sectionIntro:
      'Hvilke suksesskriterier i WCAG 2.2 denne komponenten tar seg av, hvordan, hva som viser det, og hva du fortsatt må gjøre. Kriterier som ikke står her, er ditt ansvar.',
    allPage: 'Alle komponenter og kriterier står på siden Samsvar.',
  },
  nn: {
    heading: 'Samsvar med WCAG',
    intro:
      'For kvar offentleg komponent i @samskap/react og @samskap/portal: kva suksesskriterium i WCAG 2.2 han tek seg av, korleis han møter kvart av dei, historia eller testen som viser det, og kva portalen din framleis må gjere. Offentlege verksemder i Noreg svarar på dei 47 kriteria i forskrifta (WCAG 2.1 A og AA, unnateke 1.2.3, 1.2.4 og 1.2.5) i tilgjengeerklæringa si. Eit kriterium som ingen komponent dekkjer, må nettstaden oppfylle sjølv, og ei side er ikkje tilgjengeleg berre fordi komponentane er det.',
    tools: 'Verktøy kan hente dei same oppføringane:',
    toolbar: 'Byt språk i verktøylinja (nb, nn, en).',
    criterion: 'Kriterium',
    level: 'Nivå',
    title: 'Namn',
    norway: 'Krav i Noreg',
    yes: 'Ja',
    no: 'Nei',
    noNew: 'Nei (nytt i WCAG 2.2)',
    removed: 'fjerna i WCAG 2.2',
    components: 'Komponentar som dekkjer det',
    none: 'Ingen komponent tek seg av dette. Det er ansvaret til nettstaden.',
    how: 'Slik møter komponenten kravet',
    host: 'Dette må du gjere sjølv',
    shownBy: 'Vist av',
    story: 'Historie',
    test: 'Test',
    checks: {
      reflow: 'sjekk: 320 px breidd, alle historier',
      zoom: 'sjekk: 200 % zoom, alle historier',
      'text-spacing': 'sjekk: tekstavstand etter WCAG 1.4.12, alle historier',
      'forced-colors': 'sjekk: tvungne fargar, alle historier',
    },
    byComponent: 'Per komponent',
    byCriterion: 'Per kriterium',
    criteriaCount: (n: number) => `${n} kriterium`,
    section: 'Tilgjenge (WCAG)',
    sectionIntro:
      'Kva suksesskriterium i WCAG 2.2 denne komponenten tek seg av, korleis, kva som viser det, og kva du framleis må gjere. Kriterium som ikkje står her, er ditt ansvar.',
    allPage: 'Alle komponentar og kriterium står på sida Samsvar.',
  },
  en: {
    heading: 'Conformance',
    intro:
      "For every public component of @samskap/react and @samskap/portal: the WCAG 2.2 success criteria it takes care of, how it meets each one, the story or test that shows it, and what your portal must still do. Norwegian public bodies answer the 47 criteria in the regulations (WCAG 2.1 A and AA, except 1.2.3, 1.2.4 and 1.2.5) in their accessibility statement. A criterion no component covers is the site's to meet, and a page is not accessible just because its components are.",
    tools: 'Tools can read the same records:',
    toolbar: 'Change the language in the toolbar (nb, nn, en).',
    criterion: 'Criterion',
    level: 'Level',
    title: 'Name',
    norway: 'Required in Norway',
    yes: 'Yes',
    no: 'No',
    noNew: 'No (new in WCAG 2.2)',
    removed: 'removed in WCAG 2.2',
    components: 'Components that cover it',
    none: 'No component takes care of this. It is up to the site.',
    how: 'How the component meets it',
    host: 'What you must still do',
    shownBy: 'Shown by',
    story: 'Story',
    test: 'Test',
    checks: {
      reflow: 'check: 320 px wide, every story',
      zoom: 'check: 200 % zoom, every story',
      'text-spacing': 'check: WCAG 1.4.12 text spacing, every story',
      'forced-colors': 'check: forced colours, every story',
    },
    byComponent: 'By component',
    byCriterion: 'By criterion',
    criteriaCount: (n: number) => (n === 1 ? '1 criterion' : `${n} criteria`),
    section: 'Accessibility (WCAG)',
    sectionIntro:
      'Which WCAG 2.2 success criteria this component takes care of, how, what shows it, and what you must still do. Criteria not listed here are yours.',
    allPage: 'Every component and criterion is on the Conformance page.',
  },
} as const;

function Evidence({ items, lang }: { items: readonly ConformanceEvidence[]; lang: Lang }) {
  const w = words[lang];
  return (
    <ul style={{ margin: 0, paddingInlineStart: '1rem' }}>
      {items.map((e) =>
        'story' in e ? (
          <li key={`${e.story}#${e.check ?? ''}`}>
            {w.story}:{' '}
            <a href={`./?path=/story/${e.story}`} target="_top">
              <code>{e.story}</code>
            </a>
            {e.check ? ` (${w.checks[e.check]})` : null}
          </li>
        ) : (
          <li key={`${e.file}#${e.test}`}>
            {w.test}: <span lang="en">“{e.test}”</span> (<code>{e.file}</code>)
          </li>
        ),
      )}
    </ul>
  );
}

function CriterionName({ id, lang }: { id: string; lang: Lang }) {
  const c = criterionById.get(id);
  return (
    <>
      <strong>{id}</strong> {c?.title[lang]}
      {c ? ` (${c.level})` : null}
    </>
  );
}

/** One component's criteria: how, what the host must do, and what shows it. */
function RecordTable({ record, lang }: { record: ComponentConformance; lang: Lang }) {
  const w = words[lang];
  return (
    <Table head={[w.criterion, w.how, w.host, w.shownBy]}>
      {inOrder(record).map((entry) => (
        <tr key={entry.criterion}>
          <th scope="row" style={{ ...cell, minWidth: '9rem' }}>
            <CriterionName id={entry.criterion} lang={lang} />
          </th>
          <td style={cell}>{entry.how[lang]}</td>
          <td style={cell}>{entry.host[lang]}</td>
          <td style={{ ...cell, width: '30%', overflowWrap: 'anywhere' }}>
            <Evidence items={entry.evidence} lang={lang} />
          </td>
        </tr>
      ))}
    </Table>
  );
}

/**
 * The Conformance page: every WCAG 2.2 A and AA criterion (with the ones Norway requires)
 * against the components that cover it, then every component's record in full. Follows the
 * language in the toolbar.
 */
export function ConformanceOverview() {
  const lang = useDocsLocale();
  const w = words[lang];
  const byCriterion = new Map<string, string[]>();
  for (const r of records) {
    for (const entry of r.criteria) {
      byCriterion.set(entry.criterion, [...(byCriterion.get(entry.criterion) ?? []), r.component]);
    }
  }
  return (
    <div lang={localeInfo[lang as SamskapLocale].tag}>
      <h1>{w.heading}</h1>
      <p>{w.intro}</p>
      <p>
        {w.tools}{' '}
        <code lang="en" style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
          {
            "import { portalConformance, reactConformance, wcagCriteria } from '@samskap/portal/conformance'"
          }
        </code>
      </p>
      <p>{w.toolbar}</p>
      <h2>{w.byCriterion}</h2>
      <Table head={[w.criterion, w.level, w.title, w.norway, w.components]}>
        {wcagCriteria.map((c) => {
          const names = byCriterion.get(c.id) ?? [];
          return (
            <tr key={c.id}>
              <th scope="row" style={cell}>
                {c.id}
              </th>
              <td style={cell}>{c.level}</td>
              <td style={cell}>
                {c.title[lang]}
                {'removedIn22' in c ? <small> ({w.removed})</small> : null}
              </td>
              <td style={cell}>{c.norway ? w.yes : c.since === '2.2' ? w.noNew : w.no}</td>
              <td style={cell}>{names.length ? names.join(', ') : <em>{w.none}</em>}</td>
            </tr>
          );
        })}
      </Table>
      <h2>{w.byComponent}</h2>
      {(['@samskap/react', '@samskap/portal'] as const).map((pkg) => (
        <section key={pkg}>
          <h3>
            <code>{pkg}</code>
          </h3>
          {records
            .filter((r) => r.package === pkg)
            .map((r) => (
              <details key={r.component}>
                <summary>
                  <strong>{r.component}</strong>: {w.criteriaCount(r.criteria.length)} (
                  {inOrder(r)
                    .map((e) => e.criterion)
                    .join(', ')}
                  )
                </summary>
                <RecordTable record={r} lang={lang} />
              </details>
            ))}
        </section>
      ))}
    </div>
  );
}

type ComponentLike = {
  displayName?: string;
  name?: string;
  __docgenInfo?: { displayName?: string };
  render?: { name?: string };
  type?: { name?: string; displayName?: string };
};

/**
 * The names a docs page's component may go by: forwardRef and memo wrap the function, so its
 * name sits on `render` or `type`, and react-docgen records it as `__docgenInfo.displayName`.
 * The last part of the title ("Primitives/Button") comes last.
 */
function candidateNames(component: ComponentLike | undefined, title: string): string[] {
  return [
    component?.displayName,
    component?.__docgenInfo?.displayName,
    component?.name,
    component?.render?.name,
    component?.type?.displayName,
    component?.type?.name,
    title.split('/').pop(),
  ].filter((n): n is string => typeof n === 'string' && n.length > 0);
}

/** The conformance section of a component's docs page: its record, in the toolbar's language. */
export function ComponentConformanceSection() {
  const { preparedMeta } = useOf('meta', ['meta']);
  const lang = useDocsLocale();
  const w = words[lang];
  const names = candidateNames(preparedMeta.component as ComponentLike, preparedMeta.title);
  const record = names
    .map((n) => records.find((r) => r.component === n))
    .find((r) => r !== undefined);
  // Docs pages of stories that show no public component (tokens, whole pages) get no section.
  if (!record) return null;
  return (
    <section lang={localeInfo[lang as SamskapLocale].tag}>
      <h2>{w.section}</h2>
      <p>
        {w.sectionIntro} {w.allPage}
      </p>
      <RecordTable record={record} lang={lang} />
    </section>
  );
}
