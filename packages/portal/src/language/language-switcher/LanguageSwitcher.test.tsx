import { registerLocale, unregisterLocale } from '@samskap/i18n';
import { SamskapProvider, writeStored } from '@samskap/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { locales, renderIn } from '../../../../../test/render.js';
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

/** A host that keeps the locale in state, as an app does. */
function Host(
  props: Parameters<typeof LanguageSwitcher>[0] & { start?: string; spy?: (l: string) => void },
) {
  const { start = 'nb', spy, ...rest } = props;
  const [locale, setLocale] = useState(start);
  return (
    <SamskapProvider locale={locale}>
      <LanguageSwitcher
        {...rest}
        onChange={(l) => {
          spy?.(l);
          setLocale(l);
        }}
      />
      <p data-testid="page">{locale}</p>
    </SamskapProvider>
  );
}

describe('LanguageSwitcher (menu)', () => {
  it.each([
    ['nb', 'Velg språk', 'Språk (NB)'],
    ['nn', 'Vel språk', 'Språk (NN)'],
    ['en', 'Choose language', 'Language (EN)'],
  ] as const)(
    'in %s is a disclosure button "%s" that opens a list',
    async (locale, nav, button) => {
      const user = userEvent.setup();
      renderIn(locale, <LanguageSwitcher variant="menu" />);
      const region = screen.getByRole('navigation', { name: nav });
      const trigger = within(region).getByRole('button', { name: button });
      expect(trigger).toHaveAttribute('aria-expanded', 'false');
      expect(screen.queryByRole('list')).toBeNull();
      await user.click(trigger);
      expect(trigger).toHaveAttribute('aria-expanded', 'true');
      const list = screen.getByRole('list');
      expect(trigger).toHaveAttribute('aria-controls', list.id);
      expect(within(list).getAllByRole('button')).toHaveLength(3);
      expect(await axe()).toHaveNoViolations();
    },
  );

  it('works by keyboard alone: Enter opens on the current language, arrows move, Escape returns', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    renderIn('nb', <Host variant="menu" spy={spy} />);
    await user.tab();
    const trigger = screen.getByRole('button', { name: 'Språk (NB)' });
    expect(trigger).toHaveFocus();
    await user.keyboard('{Enter}');
    const current = screen.getByRole('button', { name: 'Norsk bokmål' });
    expect(current).toHaveAttribute('aria-current', 'true');
    expect(current).toHaveAttribute('lang', 'nb-NO');
    expect(current).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Byt språk til Norsk nynorsk' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(current).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'Change language to English' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(current).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    // Escape on the button itself closes an open list too.
    await user.keyboard('{Enter}');
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('button', { name: 'Change language to English' })).toHaveFocus();
    await user.keyboard(' ');
    expect(spy).toHaveBeenCalledWith('en');
    expect(screen.getByTestId('page')).toHaveTextContent('en');
    const renamed = screen.getByRole('button', { name: 'Language (EN)' });
    expect(renamed).toHaveFocus();
    expect(renamed).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes when focus leaves it', async () => {
    const user = userEvent.setup();
    renderIn(
      'nn',
      <>
        <LanguageSwitcher variant="menu" />
        <button type="button">Etter</button>
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Språk (NN)' }));
    expect(screen.getByRole('list')).toBeVisible();
    // Focus starts on the current language (nynorsk), then English, then out.
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Etter' })).toHaveFocus();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('offers real links with hrefFor', async () => {
    const user = userEvent.setup();
    renderIn('en', <LanguageSwitcher variant="menu" hrefFor={hrefFor} />);
    await user.click(screen.getByRole('button', { name: 'Language (EN)' }));
    const nb = screen.getByRole('link', { name: 'Bytt språk til Norsk bokmål' });
    expect(nb).toHaveAttribute('href', '/nb/sak/42');
    expect(nb).toHaveAttribute('hreflang', 'nb');
    expect(nb).toHaveAttribute('rel', 'alternate');
  });
});

describe('LanguageSwitcher (select)', () => {
  it.each([
    ['nb', 'Språk', 'Bytt'],
    ['nn', 'Språk', 'Byt'],
    ['en', 'Language', 'Change'],
  ] as const)(
    'in %s is a labelled select "%s" applied by a "%s" button',
    async (locale, label, apply) => {
      renderIn(locale, <LanguageSwitcher variant="select" />);
      const select = screen.getByRole('combobox', { name: label });
      expect(within(select).getAllByRole('option')).toHaveLength(3);
      expect(within(select).getByRole('option', { name: 'Norsk nynorsk' })).toHaveAttribute(
        'lang',
        'nn-NO',
      );
      expect(screen.getByRole('button', { name: apply })).toBeInTheDocument();
      expect(await axe()).toHaveNoViolations();
    },
  );

  it('changes language only when applied, by keyboard', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    renderIn('nb', <Host variant="select" spy={spy} />);
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Språk' })).toHaveFocus();
    await user.selectOptions(screen.getByRole('combobox'), 'nn');
    expect(spy).not.toHaveBeenCalled();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(spy).toHaveBeenCalledWith('nn');
    expect(screen.getByRole('combobox', { name: 'Språk' })).toHaveValue('nn');
    expect(screen.getByRole('button', { name: 'Byt' })).toBeInTheDocument();
  });
});

describe('LanguageSwitcher (shared behaviour)', () => {
  afterEach(() => {
    unregisterLocale('se');
    // biome-ignore lint/suspicious/noDocumentCookie: clearing the cookie the component wrote
    document.cookie = 'samskap-locale=; max-age=0; path=/';
  });

  it('sets the page language with syncHtmlLang', async () => {
    const user = userEvent.setup();
    renderIn('nb', <Host syncHtmlLang />);
    expect(document.documentElement).toHaveAttribute('lang', 'nb-NO');
    await user.click(screen.getByRole('button', { name: 'Byt språk til Norsk nynorsk' }));
    expect(document.documentElement).toHaveAttribute('lang', 'nn-NO');
  });

  it.each(['localStorage', 'cookie'] as const)(
    'remembers the choice in %s and restores it',
    async (persist) => {
      const user = userEvent.setup();
      const first = renderIn('nb', <Host persist={persist} />);
      await user.click(screen.getByRole('button', { name: 'Change language to English' }));
      first.unmount();
      const spy = vi.fn();
      renderIn('nb', <Host persist={persist} spy={spy} />);
      expect(spy).toHaveBeenCalledWith('en');
      expect(screen.getByTestId('page')).toHaveTextContent('en');
    },
  );

  it('ignores a remembered value that is not offered, and garbage or a blocked store under the key', () => {
    const spy = vi.fn();
    // Each of these would be restored (and reach onChange) if it were taken as a choice.
    writeStored('samskap-locale', 'xx" onload="');
    renderIn('nb', <Host persist="localStorage" spy={spy} />).unmount();
    writeStored('samskap-locale', 'en');
    renderIn('nb', <Host persist="localStorage" spy={spy} locales={['nb', 'nn']} />).unmount();
    writeStored('samskap-locale', { code: 'en' });
    renderIn('nb', <Host persist="localStorage" spy={spy} />).unmount();
    localStorage.setItem('samskap-locale', '{not json');
    renderIn('nb', <Host persist="localStorage" spy={spy} />).unmount();
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    try {
      renderIn('nb', <Host persist="localStorage" spy={spy} />).unmount();
    } finally {
      getItem.mockRestore();
    }
    expect(spy).not.toHaveBeenCalled();
    // The control: the same value, offered, is restored.
    writeStored('samskap-locale', 'en');
    renderIn('nb', <Host persist="localStorage" spy={spy} />);
    expect(spy).toHaveBeenCalledWith('en');
  });

  it('keeps working when the store is full: the choice still reaches the host', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      renderIn('nb', <Host persist="localStorage" spy={spy} />);
      await user.click(screen.getByRole('button', { name: 'Change language to English' }));
    } finally {
      setItem.mockRestore();
    }
    expect(spy).toHaveBeenCalledWith('en');
    expect(screen.getByTestId('page')).toHaveTextContent('en');
  });

  it('lists a registered locale in every variant, and its strings fall back', async () => {
    const user = userEvent.setup();
    renderIn(
      'nb',
      <>
        <LanguageSwitcher hrefFor={hrefFor} />
        <LanguageSwitcher variant="menu" />
        <LanguageSwitcher variant="select" />
      </>,
    );
    expect(screen.queryByText('Davvisámegiella')).toBeNull();
    act(() => {
      registerLocale({ code: 'se', fallback: ['nb'] });
    });
    // No Sámi strings were given, so "Change language to" falls back to bokmål.
    const link = screen.getByRole('link', { name: 'Bytt språk til Davvisámegiella' });
    expect(link).toHaveAttribute('lang', 'se-NO');
    // The fallback text is marked as bokmål inside the Sámi link.
    expect(within(link).getByText('Bytt språk til')).toHaveAttribute('lang', 'nb-NO');
    expect(
      within(screen.getByRole('link', { name: 'Byt språk til Norsk nynorsk' })).getByText(
        'Byt språk til',
      ),
    ).not.toHaveAttribute('lang');
    expect(link).toHaveAttribute('hreflang', 'se');
    await user.click(screen.getByRole('button', { name: 'Språk (NB)' }));
    expect(screen.getByRole('button', { name: 'Bytt språk til Davvisámegiella' })).toHaveAttribute(
      'lang',
      'se-NO',
    );
    expect(screen.getByRole('option', { name: 'Davvisámegiella' })).toHaveAttribute('value', 'se');
  });
});

describe('LanguageSwitcher (URLs from hrefFor)', () => {
  const unsafe = (l: string) => (l === 'nn' ? 'javascript:alert(1)' : `/${l}/sak/42`);

  it('offers a language whose URL is unsafe as a button that calls onChange, never as a link', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderIn('nb', <LanguageSwitcher hrefFor={unsafe} onChange={onChange} />);
    expect(screen.getByRole('link', { name: 'Change language to English' })).toHaveAttribute(
      'href',
      '/en/sak/42',
    );
    expect(screen.queryByRole('link', { name: /Norsk nynorsk/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Byt språk til Norsk nynorsk' }));
    expect(onChange).toHaveBeenCalledWith('nn');
    for (const a of document.querySelectorAll('a')) {
      expect(a.getAttribute('href')).not.toMatch(/script/i);
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('hrefFor("nn")'));
    warn.mockRestore();
  });

  it('never sends the select variant to an unsafe URL', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const assign = vi.fn();
    const real = window.location;
    Object.defineProperty(window, 'location', {
      configurable: true,
      value: { ...real, assign },
    });
    try {
      const user = userEvent.setup();
      const onChange = vi.fn();
      renderIn('nb', <LanguageSwitcher variant="select" hrefFor={unsafe} onChange={onChange} />);
      await user.selectOptions(screen.getByRole('combobox'), 'nn');
      await user.click(screen.getByRole('button', { name: 'Bytt' }));
      expect(onChange).toHaveBeenCalledWith('nn');
      expect(assign).not.toHaveBeenCalled();
      await user.selectOptions(screen.getByRole('combobox'), 'en');
      await user.click(screen.getByRole('button', { name: 'Bytt' }));
      expect(assign).toHaveBeenCalledWith('/en/sak/42');
    } finally {
      Object.defineProperty(window, 'location', { configurable: true, value: real });
      vi.restoreAllMocks();
    }
  });
});
