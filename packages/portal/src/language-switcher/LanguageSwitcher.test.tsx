import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';

const hrefFor = (l: string) => `/${l}/sak/42`;

describe('LanguageSwitcher (links)', () => {
  it.each([
    ['nb', 'Velg språk', 'Norsk bokmål'],
    ['nn', 'Vel språk', 'Norsk nynorsk'],
    ['en', 'Choose language', 'English'],
  ] as const)(
    'in %s is a nav named "%s" with the current language as text',
    (locale, label, current) => {
      renderIn(locale, <LanguageSwitcher hrefFor={hrefFor} />);
      const nav = screen.getByRole('navigation', { name: label });
      const items = within(nav).getAllByRole('listitem');
      expect(items).toHaveLength(3);
      const here = within(nav).getByText(current);
      expect(here).toHaveAttribute('aria-current', 'true');
      expect(here.closest('a')).toBeNull();
      expect(within(nav).getAllByRole('link')).toHaveLength(2);
    },
  );

  it('links each other language with lang, hreflang, rel=alternate and a name in that language', () => {
    renderIn('nb', <LanguageSwitcher hrefFor={hrefFor} />);
    const nn = screen.getByRole('link', { name: 'Byt språk til Norsk nynorsk' });
    expect(nn).toHaveAttribute('href', '/nn/sak/42');
    expect(nn).toHaveAttribute('lang', 'nn-NO');
    expect(nn).toHaveAttribute('hreflang', 'nn');
    expect(nn).toHaveAttribute('rel', 'alternate');
    const en = screen.getByRole('link', { name: 'Change language to English' });
    expect(en).toHaveAttribute('lang', 'en-GB');
    expect(en).toHaveAttribute('hreflang', 'en');
  });

  it('from English offers bokmål in bokmål', () => {
    renderIn('en', <LanguageSwitcher hrefFor={hrefFor} />);
    expect(screen.getByRole('link', { name: 'Bytt språk til Norsk bokmål' })).toHaveAttribute(
      'href',
      '/nb/sak/42',
    );
  });

  it('without hrefFor offers buttons that call onChange, by keyboard too', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderIn('nn', <LanguageSwitcher onChange={onChange} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Bytt språk til Norsk bokmål' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.tab();
    await user.keyboard(' ');
    expect(onChange.mock.calls).toEqual([['nb'], ['en']]);
  });

  it('accepts a label override and a subset of locales', () => {
    renderIn(
      'nb',
      <LanguageSwitcher hrefFor={hrefFor} locales={['nb', 'nn']} labels={{ label: 'Målform' }} />,
    );
    const nav = screen.getByRole('navigation', { name: 'Målform' });
    expect(within(nav).getAllByRole('listitem')).toHaveLength(2);
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(locale, <LanguageSwitcher hrefFor={hrefFor} />);
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
