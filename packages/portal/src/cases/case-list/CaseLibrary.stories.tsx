import { resources } from '@samskap/i18n';
import { useSamskapLocale } from '@samskap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { announced } from '../../../../../.storybook/live.js';
import { at320, at1280, expectNoHorizontalScroll } from '../../../../../.storybook/narrow.js';
import { sampleCases } from '../../sample-data/index.js';
import { CaseFilters } from '../case-filters/CaseFilters.js';
import { type CaseFilterValue, emptyCaseFilters, filterCases } from '../filter.js';
import { filtersFromSearchParams, filtersToSearchParams } from '../search-params.js';
import type { InnovationCase } from '../types.js';
import { CaseLibraryLayout } from './CaseLibraryLayout.js';
import { CaseList } from './CaseList.js';

/** The shipped strings in the language the story runs in. */
const strings = () =>
  resources[(document.documentElement.lang.slice(0, 2) || 'nb') as 'nb' | 'nn' | 'en'];

/** Presses Tab (or Shift+Tab) until the element has focus, as a keyboard user would. */
async function tabTo(element: HTMLElement, { back = false, limit = 300 } = {}) {
  for (let i = 0; i < limit && document.activeElement !== element; i++) {
    await userEvent.tab({ shift: back });
  }
  await expect(element).toHaveFocus();
}

interface LibraryProps {
  cases: readonly InnovationCase[];
  initialQuery?: string;
}

/** How a portal puts the pieces together: the filters live in the URL's query string. */
function CaseLibrary({ cases, initialQuery = '' }: LibraryProps) {
  const { locale } = useSamskapLocale();
  const [filters, setFilters] = useState<CaseFilterValue>(() =>
    filtersFromSearchParams(initialQuery),
  );
  const [page, setPage] = useState(1);
  const result = useMemo(() => filterCases(cases, filters, locale), [cases, filters, locale]);
  const change = (next: CaseFilterValue) => {
    setFilters(next);
    setPage(1);
  };
  return (
    <CaseLibraryLayout
      data-url={`?${filtersToSearchParams(filters).toString()}`}
      onClick={(e) => {
        if ((e.target as Element).closest('a')) e.preventDefault();
      }}
      filters={<CaseFilters value={filters} onChange={change} facets={result.facets} />}
    >
      <main>
        <CaseList
          cases={result.cases}
          page={page}
          onPageChange={setPage}
          pageSize={9}
          onClearFilters={() => change({ ...emptyCaseFilters })}
        />
      </main>
    </CaseLibraryLayout>
  );
}

const meta = {
  title: 'Portal/Case library',
  component: CaseLibrary,
  args: { cases: sampleCases },
} satisfies Meta<typeof CaseLibrary>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A link shared with filters in it opens the library with them applied. (First in the file: the
 * first story also pays for loading the modules, and this one is light.)
 */
export const FromAUrl: Story = {
  args: { initialQuery: '?country=NO&stage=implementing&from=2021' },
};

/**
 * CaseFilters and CaseList over the sample cases, used by keyboard alone: search, remove the
 * search again, tick a facet and clear all filters.
 */
export const CaseLibraryStory: Story = {
  name: 'Case library',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const root = canvasElement.querySelector('[data-url]') as HTMLElement;
    const articles = () => canvas.queryAllByRole('article');
    await expect(articles()).toHaveLength(9);

    // Tab to the search field and type.
    await userEvent.tab();
    await expect(canvas.getByRole('searchbox')).toHaveFocus();
    await userEvent.keyboard('HØYSKOLE');
    await waitFor(() => expect(articles()).toHaveLength(1));
    await expect(root.dataset.url).toBe('?q=H%C3%98YSKOLE');

    // Tab on to the active filter's remove button and press it: all cases are back.
    await userEvent.tab(); // submit
    await userEvent.tab(); // remove "Søk: HØYSKOLE"
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(articles()).toHaveLength(9));
    await expect(canvas.getByRole('searchbox')).toHaveFocus();

    // Tab on to the first country and tick it with Space.
    const country = canvas.getAllByRole('group')[0] as HTMLElement;
    const firstBox = within(country).getAllByRole('checkbox')[0] as HTMLInputElement;
    await tabTo(firstBox);
    await userEvent.keyboard(' ');
    await expect(firstBox).toBeChecked();
    await expect(root.dataset.url).toMatch(/^\?country=[A-Z]{2}$/);

    // Shift+Tab back to "Clear all" and press it.
    const clear = canvas.getByRole('button', { name: strings().cases.filters.clearAll });
    await tabTo(clear, { back: true });
    await userEvent.keyboard('{Enter}');
    await expect(root.dataset.url).toBe('?');

    await expect(canvas.getByRole('searchbox')).toHaveFocus();
  },
};

/**
 * The results by keyboard: from the result count (where focus lands after a page change), Tab
 * to the layout toggle and switch to the list, then Tab on to page 2 and follow it.
 */
export const PagingByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const articles = () => canvas.queryAllByRole('article');
    const count = canvas.getByText(/^\d+ /);
    count.focus();

    const listToggle = canvas.getByRole('button', { name: strings().cases.list.list });
    await tabTo(listToggle);
    await userEvent.keyboard(' ');
    await expect(listToggle).toHaveAttribute('aria-pressed', 'true');
    await expect(articles()[0]).toHaveAttribute('data-variant', 'horizontal');

    // Page 2; focus goes back to the result count at the top.
    const pager = canvas.getAllByRole('navigation').at(-1) as HTMLElement;
    const pageTwo = [...pager.querySelectorAll<HTMLElement>('a, button')].find((el) =>
      el.textContent?.trim().endsWith('2'),
    ) as HTMLElement;
    await tabTo(pageTwo);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^\d+ /));
    await expect(articles()[0]).toHaveTextContent(sampleCases[9]?.title ?? '');
  },
};

export const NothingMatches: Story = {
  args: { initialQuery: '?q=finst-ikkje-noko-slikt' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryAllByRole('article')).toHaveLength(0);
  },
};

/**
 * A search that finds nothing, then "clear all": each time the reader pauses, the live region
 * says the new number of cases, in the page's language.
 */
export const FilterAnnouncesCount: Story = {
  args: { cases: sampleCases.slice(0, 4) },
  parameters: { a11yTree: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const { filters, list } = strings().cases;
    await userEvent.type(canvas.getByRole('searchbox'), 'finst-ikkje');
    await waitFor(() => expect(canvas.queryAllByRole('article')).toHaveLength(0));
    await announced(list.count_other.replace('{{count}}', '0'));
    const clearAll = canvas.getAllByRole('button', { name: filters.clearAll })[0] as HTMLElement;
    await userEvent.click(clearAll);
    await announced(list.count_other.replace('{{count}}', '4'));
  },
};

/** The facets of a closed `details`: shown by CSS on a wide screen, not by a script's state. */
function facetsPanel(canvasElement: HTMLElement) {
  const panel = canvasElement.querySelector('details') as HTMLDetailsElement;
  const firstBox = panel.querySelector('input[type="checkbox"]') as HTMLInputElement;
  const summary = panel.querySelector('summary') as HTMLElement;
  return { panel, firstBox, summary };
}

// What the browser renders, `content-visibility` included. jest-dom's toBeVisible() calls any
// child of a closed `details` hidden, whatever CSS does, so it cannot see this technique.
const rendered = (element: Element) =>
  element.checkVisibility({ visibilityProperty: true, opacityProperty: true });

/**
 * At 1,280 px the facets sit open beside the results. The disclosure around them is closed (no
 * `open` set by a script), so the server's HTML looks the same before scripts run.
 */
export const Wide: Story = {
  ...at1280,
  play: async ({ canvasElement }) => {
    await expect(window.innerWidth).toBe(1280);
    const { panel, firstBox, summary } = facetsPanel(canvasElement);
    await expect(panel).not.toHaveAttribute('open');
    await expect(rendered(firstBox)).toBe(true);
    await expect(rendered(summary)).toBe(false);
    // Beside, not above: the results start to the right of the filters, at the same height.
    const filters = canvasElement.querySelector('form')?.getBoundingClientRect() as DOMRect;
    const results = canvasElement.querySelector('main')?.getBoundingClientRect() as DOMRect;
    await expect(results.left).toBeGreaterThanOrEqual(filters.right);
    await expect(Math.abs(results.top - filters.top)).toBeLessThan(1);
    // Reached by Tab straight after the search button.
    await tabTo(firstBox);
  },
};

/** At 320 px the facets fold away behind "Show filters", above the results. */
export const Narrow: Story = {
  ...at320,
  play: async ({ canvasElement }) => {
    const { panel, firstBox, summary } = facetsPanel(canvasElement);
    await expect(rendered(firstBox)).toBe(false);
    await expect(rendered(summary)).toBe(true);
    await expectNoHorizontalScroll();
    await userEvent.click(summary);
    await waitFor(() => expect(rendered(firstBox)).toBe(true));
    await expect(panel).toHaveAttribute('open');
    await expectNoHorizontalScroll();
  },
};
