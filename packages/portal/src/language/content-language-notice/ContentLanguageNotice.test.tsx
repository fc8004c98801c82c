import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { locales, renderIn } from '../../../../../test/render.js';
import { ContentLanguageNotice } from './ContentLanguageNotice.js';

const hrefFor = (l: string) => `/${l}/sak/42`;

describe('ContentLanguageNotice', () => {
  it.each([
    ['nn', 'Denne sida finst berre på bokmål.', 'Les sida på:'],
    ['en', 'This page is only available in Norwegian Bokmål.', 'Available in:'],
  ] as const)('in %s says "%s" and links to the version', (locale, message, alsoIn) => {
    renderIn(
      locale,
      <ContentLanguageNotice contentLocale="nb" hrefFor={hrefFor}>
        <h1>Ny barnehage på Nordnes</h1>
      </ContentLanguageNotice>,
    );
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.getByText(alsoIn, { exact: false })).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Norsk bokmål' });
    expect(link).toHaveAttribute('href', '/nb/sak/42');
    expect(link).toHaveAttribute('hreflang', 'nb');
    expect(link).toHaveAttribute('lang', 'nb-NO');
    expect(screen.getByRole('heading').parentElement).toHaveAttribute('lang', 'nb-NO');
  });

  it('names the reader’s language when several other versions exist', () => {
    renderIn(
      'en',
      <ContentLanguageNotice contentLocale="nb" availableIn={['nb', 'nn']} hrefFor={hrefFor}>
        <p>Innhald</p>
      </ContentLanguageNotice>,
    );
    expect(screen.getByText('This page is not available in English.')).toBeInTheDocument();
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Norsk bokmål', 'Norsk nynorsk']);
  });

  it('says nothing, and sets no lang, when the content is in the reader’s language', () => {
    renderIn(
      'nb',
      <ContentLanguageNotice contentLocale="nb" availableIn={['nb', 'en']}>
        <p>Innhold</p>
      </ContentLanguageNotice>,
    );
    expect(screen.queryByText(/finnes/)).toBeNull();
    expect(screen.getByText('Innhold')).not.toHaveAttribute('lang');
    expect(screen.getByText('Innhold').parentElement).not.toHaveAttribute('lang');
  });

  it('offers buttons that call onChange without hrefFor, by keyboard', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderIn('en', <ContentLanguageNotice contentLocale="nn" onChange={onChange} />);
    expect(screen.getByText('This page is only available in Norwegian Nynorsk.')).toBeVisible();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Norsk nynorsk' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith('nn');
  });

  it('takes label overrides with the language filled in', () => {
    renderIn(
      'en',
      <ContentLanguageNotice
        contentLocale="nb"
        labels={{ onlyIn: 'Only in {{language}}, sorry.' }}
      />,
    );
    expect(screen.getByText('Only in Norwegian Bokmål, sorry.')).toBeInTheDocument();
  });

  it('takes a label as a function of the language name', () => {
    renderIn(
      'nn',
      <ContentLanguageNotice
        contentLocale="en"
        labels={{ onlyIn: ({ language }) => `Berre på ${String(language).toUpperCase()}.` }}
      />,
    );
    expect(screen.getByText('Berre på ENGELSK.')).toBeInTheDocument();
  });

  it('says in words that the notice is information, not only by its colour and icon', () => {
    renderIn('nn', <ContentLanguageNotice contentLocale="nb" />);
    const notice = screen.getByText('Denne sida finst berre på bokmål.').closest('[data-variant]');
    expect(notice).toHaveAttribute('data-variant', 'info');
    expect(notice).toHaveTextContent(/^Informasjon:/);
    // Part of the page from the start: not announced as a live region.
    expect(notice).not.toHaveAttribute('role');
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <ContentLanguageNotice contentLocale="nb" availableIn={['nb']} hrefFor={hrefFor}>
            <p>Innhold på bokmål</p>
          </ContentLanguageNotice>
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });

  it('offers a version whose URL is unsafe as a button, never as a link', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderIn(
      'en',
      <ContentLanguageNotice
        contentLocale="nb"
        availableIn={['nb', 'nn']}
        hrefFor={(l) => (l === 'nb' ? ' JaVaScRiPt:alert(1)' : `/${l}/sak/42`)}
        onChange={onChange}
      >
        <p>Innhald</p>
      </ContentLanguageNotice>,
    );
    expect(screen.getByRole('link', { name: 'Norsk nynorsk' })).toHaveAttribute(
      'href',
      '/nn/sak/42',
    );
    expect(screen.queryByRole('link', { name: 'Norsk bokmål' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Norsk bokmål' }));
    expect(onChange).toHaveBeenCalledWith('nb');
    vi.restoreAllMocks();
  });

  it('names a content language whose code is a built-in key of Object by the code itself', () => {
    renderIn(
      'en',
      <ContentLanguageNotice contentLocale="constructor">
        <p>Innhald</p>
      </ContentLanguageNotice>,
    );
    expect(screen.getByText('This page is only available in constructor.')).toBeInTheDocument();
    expect(screen.getByText('Innhald').parentElement).toHaveAttribute('lang', 'constructor');
  });
});
