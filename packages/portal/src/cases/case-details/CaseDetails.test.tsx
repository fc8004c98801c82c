import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { renderIn } from '../../../../../test/render.js';
import { edgeCases, sampleCases } from '../../sample-data/index.js';
import type { InnovationCase } from '../types.js';
import { CaseDetails } from './CaseDetails.js';

const byId = (id: string) => sampleCases.find((c) => c.id === id) as InnovationCase;
const bodo = byId('bodo-bestill-buss');
const voss = byId('voss-heimetenester');

describe('CaseDetails', () => {
  it.each([
    [
      'nb',
      'Problemet',
      'Dette fungerte ikke',
      'Regionalt',
      'Samferdsel',
      'Sist oppdatert',
      '14. september 2026',
    ],
    [
      'nn',
      'Problemet',
      'Dette fungerte ikkje',
      'Regionalt',
      'Samferdsel',
      'Sist oppdatert',
      '14. september 2026',
    ],
    [
      'en',
      'The problem',
      'What did not work',
      'Regional',
      'Transport',
      'Last updated',
      '14 September 2026',
    ],
  ] as const)(
    'in %s shows the header and the sections under their headings',
    (locale, problem, didNotWork, level, sector, updated, date) => {
      renderIn(locale, <CaseDetails case={bodo} />);
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(bodo.title);
      expect(screen.getByRole('region', { name: problem })).toHaveTextContent(
        'Tre bussruter i Bodøs distrikter',
      );
      expect(screen.getByRole('region', { name: didNotWork })).toHaveTextContent('SMS');
      expect(screen.getByText(level).tagName).toBe('DD');
      expect(screen.getByText(sector).tagName).toBe('DD');
      expect(screen.getByText(updated).nextElementSibling?.querySelector('time')).toHaveAttribute(
        'datetime',
        '2026-09-14',
      );
      expect(screen.getByText(date)).toBeInTheDocument();
      expect(screen.getByText('2022')).toBeInTheDocument();
    },
  );

  it('splits a section into paragraphs at blank lines', () => {
    renderIn('nb', <CaseDetails case={bodo} />);
    const problem = screen.getByRole('region', { name: 'Problemet' });
    expect(within(problem).getAllByText(/./, { selector: 'p' })).toHaveLength(2);
  });

  it.each([
    ['nb', 'Ikke beskrevet ennå.', 'Kontakt'],
    ['nn', 'Ikkje skildra enno.', 'Kontakt'],
    ['en', 'Not described yet.', 'Contact'],
  ] as const)(
    'in %s says "%s" for a section the case has not filled in',
    (locale, text, contact) => {
      renderIn(locale, <CaseDetails case={voss} />);
      // Voss has no "what did not work" and no contact.
      expect(screen.getByRole('region', { name: contact })).toHaveTextContent(text);
      expect(screen.getAllByText(text)).toHaveLength(2);
    },
  );

  it('links every section from the in-page menu, in order, by keyboard', async () => {
    const user = userEvent.setup();
    renderIn('en', <CaseDetails case={bodo} comments={<p>Thread</p>} />);
    const menu = screen.getByRole('navigation', { name: 'On this page' });
    const links = within(menu).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'The problem',
      'What is new',
      'Partners',
      'Results',
      'What did not work',
      'Lessons learned',
      'Contact',
      'Comments',
    ]);
    for (const link of links) {
      const target = document.getElementById(
        decodeURIComponent((link as HTMLAnchorElement).hash.slice(1)),
      );
      expect(target?.tagName).toMatch(/^H2$/);
      expect(target).toHaveTextContent(link.textContent ?? '');
    }
    // Bodø exists in English, so no notice comes first: Tab goes straight through the menu.
    await user.tab();
    expect(links[0]).toHaveFocus();
    await user.tab();
    expect(links[1]).toHaveFocus();
  });

  it('leaves the comments entry out of the menu when there is no comment slot', () => {
    renderIn('nb', <CaseDetails case={bodo} />);
    const menu = screen.getByRole('navigation', { name: 'På denne siden' });
    expect(within(menu).queryByRole('link', { name: 'Kommentarer' })).toBeNull();
  });

  it('renders the comment slot under its own heading', () => {
    renderIn('nb', <CaseDetails case={bodo} comments={<p>Her kommer tråden</p>} />);
    expect(screen.getByRole('region', { name: 'Kommentarer' })).toHaveTextContent(
      'Her kommer tråden',
    );
  });

  it('sets lang on the content and on a section in a language of its own', () => {
    renderIn('en', <CaseDetails case={voss} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'nn');
    const problem = screen.getByRole('region', { name: 'The problem' });
    expect(
      within(problem)
        .getByText(/Mange som fekk/)
        .closest('[lang]'),
    ).toHaveAttribute('lang', 'nn');
    const lessons = screen.getByRole('region', { name: 'Lessons learned' });
    // Written in English on an English page: no lang of its own.
    expect(
      within(lessons)
        .getByText(/Start with/)
        .closest('[lang]')
        ?.getAttribute('lang'),
    ).not.toBe('nn');
  });

  it('in nynorsk marks an English section with lang="en"', () => {
    renderIn('nn', <CaseDetails case={voss} />);
    const lessons = screen.getByRole('region', { name: 'Erfaringar' });
    expect(
      within(lessons)
        .getByText(/Start with/)
        .closest('[lang]'),
    ).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang');
  });

  it('shows the content-language notice when the case is not in the page language', () => {
    renderIn('nn', <CaseDetails case={bodo} hrefForLocale={(l) => `/${l}/saker/bodo`} />);
    expect(screen.getByText('Denne sida finst ikkje på nynorsk.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/saker/bodo');
  });

  it('shows no notice when the case is in the page language', () => {
    renderIn('nb', <CaseDetails case={bodo} />);
    expect(screen.queryByText(/finnes ikke på/)).toBeNull();
  });

  it('links the contact by mailto and tel', () => {
    renderIn('nb', <CaseDetails case={bodo} />);
    const contact = screen.getByRole('region', { name: 'Kontakt' });
    expect(within(contact).getByRole('link', { name: 'kari.nordvik@example.no' })).toHaveAttribute(
      'href',
      'mailto:kari.nordvik@example.no',
    );
    expect(within(contact).getByRole('link', { name: '+47 75 55 50 00' })).toHaveAttribute(
      'href',
      'tel:+4775555000',
    );
  });

  it('renders an old case without any section', () => {
    renderIn('en', <CaseDetails case={edgeCases.minimal} />);
    expect(screen.getAllByText('Not described yet.')).toHaveLength(7);
  });

  it('renders malformed values sanely instead of throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = {
      ...bodo,
      title: 42,
      countries: null,
      stage: 'constructor',
      levelOfGovernment: 'toString',
      sector: { x: 1 },
      yearLaunched: 'soon',
      updatedAt: 'yesterday',
      language: ['nb'],
      availableLocales: 'nb',
      problem: 17,
      whatIsNew: { text: null },
      partners: 'Bodø kommune',
      results: { text: 'Ok.', language: 5 },
      contact: { email: 'javascript:alert(1)', phone: '<b>' },
      image: { src: 'javascript:alert(1)', alt: 3 },
    } as unknown as InnovationCase;
    renderIn('en', <CaseDetails case={broken} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('');
    expect(screen.getByText('Unknown status')).toBeInTheDocument();
    // problem, what is new, partners (not a list) and contact (no usable way to reach anyone).
    expect(screen.getAllByText('Not described yet.')).toHaveLength(4);
    expect(screen.getByRole('region', { name: 'Contact' })).toHaveTextContent('Not described yet.');
    expect(document.body.innerHTML).not.toContain('javascript:');
    warn.mockRestore();
  });

  it('has no axe violations', async () => {
    const { container } = renderIn('nn', <CaseDetails case={bodo} comments={<p>Tråd</p>} />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
