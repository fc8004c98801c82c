import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { locales, renderIn } from '../../../../../test/render.js';
import { edgeCases, sampleCases } from '../../sample-data/index.js';
import type { InnovationCase } from '../types.js';
import { CaseCard } from './CaseCard.js';
import { CaseCardSkeleton } from './CaseCardSkeleton.js';

const byId = (id: string) => sampleCases.find((c) => c.id === id) as InnovationCase;
const bodo = byId('bodo-bestill-buss');
const voss = byId('voss-heimetenester');
// The same text as ever, in the same order. What changed (December 2026, issue 17): the stage is
// no longer wrapped in a paragraph, and the organisation, countries and launch year are one
// paragraph instead of a description list of term and value pairs: "Virksomhet: Digitaliserings-
// direktoratet", "Land: Norge", "Startet: 2018" are read as before, each with its label first,
// at about half the elements. Screen readers do not announce "paragraph", and the pairs now read
// as the sighted reader sees them, one line of facts.
const SAID_DIGDIR = [
  '[article]Fase: Dele erfaringer',
  '[heading 3][link]Fra mange etater til én vei inn: sammenhengende tjenester når noen dør, når du får barn og når du starter og driver en frivillig organisasjon[/link][/heading]',
  '[paragraph]Digitaliseringsdirektoratet samler tjenester fra flere etater rundt livshendelser, så innbyggerne slipper å forstå hvordan staten er organisert.[/paragraph]',
  '[paragraph]Virksomhet: Digitaliseringsdirektoratet',
  'Land: NorgeStartet: 2018[/paragraph]',
  '[list "Stikkord"][listitem]livshendelser[/listitem][listitem]samhandling[/listitem]',
  '[listitem]digitalisering[/listitem][listitem]og 2 stikkord til[/listitem][/list][/article]',
].join('');
const SAID_BODO = [
  '[article][img "Tegning av en rød buss på en vei" lang=nb][/img]Stage: Evaluating',
  '[heading 3 lang=nb][link]Bestillingsbuss i distriktet: rutene følger behovet[/link][/heading]',
  '[paragraph lang=nb]Bodø kommune og fylket erstattet tre halvtomme bussruter med buss som innbyggerne bestiller i en app eller på telefon dagen før.[/paragraph]',
  '[paragraph]Organisation: [span lang=nb]Bodø kommune og Nordland fylkeskommune[/span]',
  'Countries: NorwayLaunched: 2022[/paragraph]',
  '[list "Tags"][listitem lang=nb]kollektivtransport[/listitem][listitem lang=nb]distrikt[/listitem]',
  '[listitem lang=nb]tjenestedesign[/listitem][/list][/article]',
].join('');
const digdir = byId('digdir-livshendelser');

// What a screen reader meets in reading order: the roles it announces and the text it reads,
// and the language it reads each part in, with aria-hidden subtrees left out and elements without
// a role or a language (div, span) passed through.
const announced: Record<string, string> = {
  ARTICLE: 'article',
  A: 'link',
  DL: 'list',
  DT: 'term',
  DD: 'definition',
  IMG: 'img',
  LI: 'listitem',
  P: 'paragraph',
  UL: 'list',
};
function spoken(node: Node): string[] {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ? [node.textContent] : [];
  if (!(node instanceof HTMLElement) || node.getAttribute('aria-hidden') === 'true') return [];
  const inner = [...node.childNodes].flatMap(spoken);
  const heading = /^H([1-6])$/.exec(node.tagName);
  const lang = node.getAttribute('lang');
  const role = heading
    ? `heading ${heading[1]}`
    : (announced[node.tagName] ?? (lang ? 'span' : ''));
  if (!role) return inner;
  const name = node.getAttribute('aria-label') ?? node.getAttribute('alt');
  const open = `${role}${name ? ` "${name}"` : ''}${lang ? ` lang=${lang}` : ''}`;
  return [`[${open}]`, ...inner, `[/${role.split(' ')[0]}]`];
}

describe('CaseCard', () => {
  it.each([
    ['nb', 'Evaluere', 'Norge', 'Startet'],
    ['nn', 'Evaluere', 'Noreg', 'Starta'],
    ['en', 'Evaluating', 'Norway', 'Launched'],
  ] as const)(
    'in %s shows the stage, countries and year in the page language',
    (locale, stage, country, launched) => {
      renderIn(locale, <CaseCard case={bodo} />);
      const card = screen.getByRole('article');
      expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(bodo.title);
      expect(within(card).getByText(stage)).toBeInTheDocument();
      expect(within(card).getByText(country)).toBeInTheDocument();
      expect(within(card).getByText(`${launched}: 2022`)).toBeInTheDocument();
    },
  );

  it('makes the title the card’s one link, at the heading level asked for', () => {
    renderIn('nb', <CaseCard case={bodo} headingLevel={2} />);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAccessibleName(bodo.title);
    expect(links[0]).toHaveAttribute('href', '/saker/bodo-bestill-buss');
    expect(screen.getByRole('heading', { level: 2 })).toContainElement(links[0] as HTMLElement);
  });

  it('is reached with one Tab', async () => {
    const user = userEvent.setup();
    renderIn('en', <CaseCard case={bodo} />);
    await user.tab();
    expect(screen.getByRole('link')).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('renders no link for a javascript: href or a missing one, and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = renderIn('nb', <CaseCard case={edgeCases.scriptHref} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('heading')).toHaveTextContent(edgeCases.scriptHref.title);
    expect(document.body.innerHTML).not.toContain('javascript:');
    rerender(<CaseCard case={edgeCases.scriptHref} />);
    renderIn('nb', <CaseCard case={edgeCases.noHref} />);
    expect(screen.queryByRole('link')).toBeNull();
    const calls = warn.mock.calls.map((c) => String(c[0]));
    expect(calls.filter((c) => c.includes('edge-script-href'))).toHaveLength(1);
    expect(calls.filter((c) => c.includes('edge-no-href'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('sets lang on the content when it differs from the page, and not when it does not', () => {
    renderIn('nb', <CaseCard case={voss} />);
    expect(screen.getByRole('heading')).toHaveAttribute('lang', 'nn');
    expect(screen.getByText(voss.summary)).toHaveAttribute('lang', 'nn');
    expect(screen.getByText('Fase:', { exact: false }).closest('[data-stage]')).not.toHaveAttribute(
      'lang',
    );
  });

  it('leaves lang off when the case is in the page’s language', () => {
    renderIn('nn', <CaseCard case={voss} />);
    expect(screen.getByRole('heading')).not.toHaveAttribute('lang');
  });

  it('says the same to a screen reader as it always has: roles and text in reading order', () => {
    renderIn('nb', <CaseCard case={byId('digdir-livshendelser')} />);
    const said = spoken(screen.getByRole('article')).join('');
    expect(said).toBe(SAID_DIGDIR);
    document.body.innerHTML = '';
    renderIn('en', <CaseCard case={bodo} />);
    expect(spoken(screen.getByRole('article')).join('')).toBe(SAID_BODO);
  });

  it('says the same in the horizontal layout, whose image box and text column are not read', () => {
    renderIn('nb', <CaseCard case={byId('digdir-livshendelser')} variant="horizontal" />);
    expect(spoken(screen.getByRole('article')).join('')).toBe(SAID_DIGDIR);
    document.body.innerHTML = '';
    renderIn('en', <CaseCard case={bodo} variant="horizontal" />);
    expect(spoken(screen.getByRole('article')).join('')).toBe(SAID_BODO);
  });

  it('starts every fact at an element’s edge, so no label is read into the word before it', () => {
    renderIn('nb', <CaseCard case={byId('oecd-innovation-network')} />);
    const facts = screen.getByText('Virksomhet:', { exact: false }).parentElement as HTMLElement;
    const nodes = [...facts.childNodes];
    expect(nodes.length).toBeGreaterThan(3);
    nodes.forEach((node, i) => {
      // A text node is followed by an element that lays out as its own part, never by a label.
      if (node.nodeType === Node.TEXT_NODE) {
        expect((nodes[i + 1] as HTMLElement | undefined)?.hasAttribute('data-sr-only')).not.toBe(
          true,
        );
      }
    });
  });

  it('shows the first tags and a translated count of the rest', () => {
    const { unmount } = renderIn('nb', <CaseCard case={digdir} />);
    let tags = screen.getByRole('list', { name: 'Stikkord' });
    expect(within(tags).getAllByRole('listitem')).toHaveLength(4);
    expect(within(tags).getByText('+2 til')).toBeInTheDocument();
    expect(within(tags).getByText('og 2 stikkord til')).toBeInTheDocument();
    unmount();
    renderIn('en', <CaseCard case={digdir} maxTags={4} />);
    tags = screen.getByRole('list', { name: 'Tags' });
    expect(within(tags).getByText('and 1 more tag')).toBeInTheDocument();
  });

  it('shows a described image with its alt and a decorative one hidden', () => {
    const { unmount } = renderIn('en', <CaseCard case={bodo} />);
    expect(screen.getByRole('img', { name: 'Tegning av en rød buss på en vei' })).toHaveAttribute(
      'lang',
      'nb',
    );
    unmount();
    renderIn('en', <CaseCard case={byId('vestland-skuleskyss')} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(document.querySelector('img')).toHaveAttribute('alt', '');
  });

  it('leaves out image, summary and tags in the compact variant', () => {
    renderIn('nb', <CaseCard case={bodo} variant="compact" />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByText(bodo.summary)).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByRole('link')).toHaveAccessibleName(bodo.title);
  });

  it('renders hostile text as text', () => {
    const hostile = {
      ...bodo,
      title: '<img src=x onerror=alert(1)>',
      summary: '<script>alert(1)</script>',
    };
    renderIn('nb', <CaseCard case={hostile} />);
    expect(screen.getByRole('link')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelectorAll('img')).toHaveLength(1);
  });

  it('takes label overrides and passes other props to the article', () => {
    renderIn('nb', <CaseCard case={digdir} labels={{ tags: 'Emneord' }} data-testid="kort" />);
    expect(screen.getByRole('list', { name: 'Emneord' })).toBeInTheDocument();
    expect(screen.getByTestId('kort').tagName).toBe('ARTICLE');
  });

  it('has a skeleton that says it is loading, or nothing when silent', () => {
    const { unmount } = renderIn('nn', <CaseCardSkeleton />);
    expect(screen.getByText('Lastar inn sak …')).toBeInTheDocument();
    unmount();
    renderIn('nn', <CaseCardSkeleton silent />);
    expect(screen.queryByText('Lastar inn sak …')).toBeNull();
  });

  it('has no axe violations in any language or variant, edge cases included', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <CaseCard case={bodo} />
          <CaseCard case={voss} variant="horizontal" />
          <CaseCard case={digdir} variant="compact" />
          {Object.values(edgeCases).map((c) => (
            <CaseCard key={c.id} case={c} />
          ))}
          <CaseCardSkeleton />
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
    warn.mockRestore();
  }, 30_000);
});
