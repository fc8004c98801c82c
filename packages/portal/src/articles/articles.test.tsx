import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { renderIn } from '../../../../test/render.js';
import { sampleArticles } from '../sample-data/index.js';
import { ArticleCard } from './article-card/ArticleCard.js';
import { ArticleFigure } from './article-figure/ArticleFigure.js';
import { ArticleHeader } from './article-header/ArticleHeader.js';
import { Byline } from './byline/Byline.js';
import type { PortalArticle } from './model.js';
import { PullQuote } from './pull-quote/PullQuote.js';

const [bus, skyss, trust] = sampleArticles as [PortalArticle, PortalArticle, PortalArticle];

describe('Byline', () => {
  it.each([
    ['nb', 'Skrevet av', 'Publisert', 'Oppdatert', 'Lesetid', '6 minutter', '2. oktober 2026'],
    ['nn', 'Skriven av', 'Publisert', 'Oppdatert', 'Lesetid', '6 minutt', '2. oktober 2026'],
    ['en', 'Written by', 'Published', 'Updated', 'Reading time', '6 minutes', '2 October 2026'],
  ] as const)(
    'in %s names the authors with role and organisation, the dates and the reading time',
    (locale, by, published, updated, reading, minutes, date) => {
      renderIn(locale, <Byline {...bus} />);
      expect(screen.getByText(by)).toBeInTheDocument();
      const authors = screen.getAllByRole('listitem');
      expect(authors[0]).toHaveTextContent('Ingrid Berg');
      expect(authors[0]).toHaveTextContent('Journalist, Samskap magasin');
      expect(screen.getByText(published).nextElementSibling?.querySelector('time')).toHaveAttribute(
        'datetime',
        '2026-10-02T06:00:00.000Z',
      );
      expect(screen.getByText(date)).toBeInTheDocument();
      expect(screen.getByText(updated)).toBeInTheDocument();
      expect(screen.getByText(reading).nextElementSibling).toHaveTextContent(minutes);
      expect(screen.getByText('Intervju')).toBeInTheDocument();
    },
  );

  it.each([
    ['nb', '1 minutt'],
    ['nn', '1 minutt'],
    ['en', '1 minute'],
  ] as const)('in %s says "%s" for one minute', (locale, text) => {
    renderIn(locale, <Byline readingMinutes={1} />);
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('leaves out an update that is not later than publication', () => {
    renderIn('en', <Byline publishedAt="2026-01-01" updatedAt="2026-01-01" />);
    expect(screen.queryByText('Updated')).toBeNull();
  });

  it('links an author with a page, and sets lang on roles in another language', () => {
    renderIn('en', <Byline authors={bus.authors} language="nb" />);
    expect(screen.getByRole('link', { name: 'Ingrid Berg' })).toHaveAttribute(
      'href',
      '/folk/ingrid-berg',
    );
    expect(screen.getByText('Journalist, Samskap magasin')).toHaveAttribute('lang', 'nb');
  });

  it('renders junk sanely', () => {
    renderIn(
      'nb',
      <Byline
        authors={[null, { name: 5 }, { name: 'Ola' }] as never}
        publishedAt="not a date"
        readingMinutes={Number.NaN}
      />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(document.querySelector('time')).toBeNull();
  });
});

describe('ArticleHeader', () => {
  it('shows the headline, lead, byline and the picture with caption and credit', () => {
    renderIn('nb', <ArticleHeader article={bus} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(bus.title);
    expect(screen.getByText(bus.lead as string)).toBeInTheDocument();
    const figure = screen.getByRole('figure');
    expect(within(figure).getByRole('img')).toHaveAccessibleName(
      'Tegning av en rød buss på en vei',
    );
    expect(figure).toHaveTextContent('Illustrasjon: Per Olsen');
    expect(figure.querySelector('figcaption')).toHaveTextContent(/^Bussen henter/);
  });

  it.each([
    ['nb', 'Kilde: Statistics Sweden'],
    ['nn', 'Kjelde: Statistics Sweden'],
    ['en', 'Source: Statistics Sweden'],
  ] as const)('in %s credits a source as "%s"', (locale, credit) => {
    renderIn(locale, <ArticleHeader article={trust} />);
    expect(screen.getByText(credit)).toBeInTheDocument();
  });

  it('gives an article in another language its lang, and none in the page language', () => {
    const { unmount } = renderIn('nb', <ArticleHeader article={skyss} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'nn');
    expect(screen.getByText(skyss.lead as string)).toHaveAttribute('lang', 'nn');
    unmount();
    renderIn('nn', <ArticleHeader article={skyss} />);
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang');
  });

  it('has no axe violations', async () => {
    const { container } = renderIn('en', <ArticleHeader article={bus} />);
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe('ArticleFigure', () => {
  it('leaves out a picture with an unsafe URL', () => {
    renderIn(
      'nb',
      <ArticleFigure image={{ src: 'javascript:alert(1)', alt: 'x', caption: 'y' }} />,
    );
    expect(screen.queryByRole('figure')).toBeNull();
    expect(document.body.innerHTML).not.toContain('javascript:');
  });
});

describe('PullQuote', () => {
  it('puts the quote in a blockquote and names the source in the caption', () => {
    renderIn(
      'en',
      <PullQuote
        quote="Vi spurte dem som ikke tok bussen."
        source="Kari Nordvik"
        sourceRole="prosjektleder"
        language="nb"
      />,
    );
    const quote = screen.getByRole('blockquote');
    expect(quote).toHaveTextContent('Vi spurte dem som ikke tok bussen.');
    expect(quote).toHaveAttribute('lang', 'nb');
    expect(screen.getByRole('figure')).toHaveTextContent('— Kari Nordvik, prosjektleder');
  });

  it('renders nothing without a quote', () => {
    renderIn('en', <PullQuote quote={'' as string} source="Kari" />);
    expect(screen.queryByRole('figure')).toBeNull();
    expect(screen.queryByText(/Kari/)).toBeNull();
  });
});

describe('ArticleCard', () => {
  it.each([
    ['nb', '6 minutter', '2. oktober 2026'],
    ['nn', '6 minutt', '2. oktober 2026'],
    ['en', '6 minutes', '2 October 2026'],
  ] as const)(
    'in %s shows category, headline link, lead, authors, date and minutes',
    (locale, minutes, date) => {
      renderIn(locale, <ArticleCard article={bus} />);
      const card = screen.getByRole('article');
      expect(within(card).getByText('Intervju')).toBeInTheDocument();
      const link = within(card).getByRole('link');
      expect(link).toHaveAccessibleName(bus.title);
      expect(within(card).getByRole('heading', { level: 3 })).toContainElement(link);
      expect(card).toHaveTextContent('Ingrid Berg');
      expect(card).toHaveTextContent(minutes);
      expect(card).toHaveTextContent(date);
    },
  );

  it('is one Tab stop', async () => {
    const user = userEvent.setup();
    renderIn('nb', <ArticleCard article={bus} />);
    await user.tab();
    expect(screen.getByRole('link')).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('has no link for an unsafe href, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderIn(
      'nb',
      <ArticleCard article={{ ...bus, id: 'bad-href', href: 'javascript:alert(1)' }} />,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('has no axe violations', async () => {
    const { container } = renderIn('nn', <ArticleCard article={trust} />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
