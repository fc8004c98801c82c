import { SamskapProvider } from '@samskap/react';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { locales, renderIn } from '../../../../../test/render.js';
import { sampleCases } from '../../sample-data/index.js';
import { type CaseFilterValue, emptyCaseFilters, filterCases } from '../filter.js';
import { filtersFromSearchParams } from '../search-params.js';
import { CaseFilters } from './CaseFilters.js';

const facetsFor = (value: CaseFilterValue, locale = 'nb') =>
  filterCases(sampleCases, value, locale).facets;

function Controlled({
  initial,
  onValue,
}: {
  initial: CaseFilterValue;
  onValue?: (v: CaseFilterValue) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <CaseFilters
      value={value}
      facets={facetsFor(value)}
      onChange={(v) => {
        setValue(v);
        onValue?.(v);
      }}
    />
  );
}

// jsdom role queries over many checkboxes are slow on a busy two-core machine.
vi.setConfig({ testTimeout: 30_000 });

const norway = sampleCases.filter((c) => c.countries.includes('NO')).length;

describe('CaseFilters', () => {
  it.each([
    ['nb', 'Filtrer saker', 'Søk i saker', 'Land', `Norge (${norway})`, 'Statlig'],
    ['nn', 'Filtrer saker', 'Søk i saker', 'Land', `Noreg (${norway})`, 'Statleg'],
    ['en', 'Filter cases', 'Search cases', 'Country', `Norway (${norway})`, 'National'],
  ] as const)(
    'in %s labels the search, facets and options with counts',
    (locale, form, search, country, no, national) => {
      renderIn(
        locale,
        <CaseFilters
          value={emptyCaseFilters}
          onChange={() => {}}
          facets={facetsFor(emptyCaseFilters, locale)}
        />,
      );
      expect(screen.getByRole('search', { name: form })).toBeInTheDocument();
      expect(screen.getByRole('searchbox', { name: search })).toBeInTheDocument();
      const group = screen.getByRole('group', { name: country });
      expect(within(group).getByRole('checkbox', { name: no })).not.toBeChecked();
      expect(
        screen.getByRole('checkbox', { name: new RegExp(`^${national} \\(`) }),
      ).toBeInTheDocument();
    },
  );

  it('keeps no state of its own: a tick is reported, and shown only when the value says so', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderIn(
      'nb',
      <CaseFilters
        value={emptyCaseFilters}
        onChange={onChange}
        facets={facetsFor(emptyCaseFilters)}
      />,
    );
    const box = screen.getByRole('checkbox', { name: `Norge (${norway})` });
    await user.click(box);
    expect(onChange).toHaveBeenCalledWith({ ...emptyCaseFilters, countries: ['NO'] });
    expect(box).not.toBeChecked();
  });

  it('is used by keyboard: type a search, tick a facet with Space, remove a filter, clear all', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    renderIn('nn', <Controlled initial={emptyCaseFilters} onValue={onValue} />);
    await user.tab();
    expect(screen.getByRole('searchbox')).toHaveFocus();
    await user.keyboard('skule');
    expect(onValue).toHaveBeenLastCalledWith(expect.objectContaining({ query: 'skule' }));
    const box = screen.getByRole('checkbox', { name: /^Noreg/ });
    box.focus();
    await user.keyboard(' ');
    expect(box).toBeChecked();

    const active = screen.getByRole('list', { name: 'Valde filter' });
    expect(within(active).getByText('Søk: skule')).toBeInTheDocument();
    await user.click(within(active).getByRole('button', { name: 'Fjern filteret Søk: skule' }));
    expect(onValue).toHaveBeenLastCalledWith(
      expect.objectContaining({ query: '', countries: ['NO'] }),
    );
    // Focus moves on to the next remove button, not to the page's start.
    expect(screen.getByRole('button', { name: 'Fjern filteret Noreg' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Fjern alle filter' }));
    expect(onValue).toHaveBeenLastCalledWith(emptyCaseFilters);
    expect(screen.getByRole('searchbox')).toHaveFocus();
    expect(screen.queryByRole('list', { name: 'Valde filter' })).toBeNull();
  });

  it('sets a year range from two selects and shows it as one filter', async () => {
    const user = userEvent.setup();
    renderIn('en', <Controlled initial={emptyCaseFilters} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '2020');
    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), '2024');
    expect(screen.getByText('2020–2024')).toBeInTheDocument();
  });

  it('names its fields after the URL parameters, so the form submits a working filter URL', () => {
    const value: CaseFilterValue = {
      ...emptyCaseFilters,
      query: 'høyskole',
      countries: ['NO', 'SE'],
      stages: ['implementing'],
      levels: ['local'],
      yearFrom: 2020,
    };
    renderIn('nb', <CaseFilters value={value} onChange={() => {}} facets={facetsFor(value)} />);
    const form = screen.getByRole('search') as HTMLFormElement;
    const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    expect(filtersFromSearchParams(params)).toEqual(value);
  });

  it('hydrates the server HTML as it is: no mismatch, and the disclosure stays as the server left it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const page = (
      <SamskapProvider locale="nb">
        <CaseFilters
          value={emptyCaseFilters}
          onChange={() => {}}
          facets={facetsFor(emptyCaseFilters)}
        />
      </SamskapProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(page);
    document.body.appendChild(container);
    const details = container.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    // A wide screen, as a script would measure it: nothing may depend on it.
    const matchMedia = vi.fn(() => ({
      matches: true,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    vi.stubGlobal('matchMedia', matchMedia);
    try {
      const root = await act(async () => hydrateRoot(container, page));
      expect(container.querySelector('details')).toBe(details);
      expect(details.open).toBe(false);
      expect(error).not.toHaveBeenCalled();
      act(() => root.unmount());
    } finally {
      vi.unstubAllGlobals();
      error.mockRestore();
      container.remove();
    }
  });

  it('has no axe violations in any language, with and without active filters', async () => {
    const value: CaseFilterValue = {
      ...emptyCaseFilters,
      query: 'buss',
      countries: ['NO'],
      yearTo: 2024,
    };
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <CaseFilters value={value} onChange={() => {}} facets={facetsFor(value, locale)} />
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  }, 30_000);
});
