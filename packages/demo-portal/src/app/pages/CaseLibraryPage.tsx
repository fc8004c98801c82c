import type { SamskapLocale } from '@samskap/i18n';
import {
  CaseFilters,
  type CaseFilterValue,
  CaseLibraryLayout,
  CaseList,
  emptyCaseFilters,
  filterCases,
  filtersFromSearchParams,
  filtersToSearchParams,
  pageFromSearchParams,
} from '@samskap/portal';
import { Heading, Paragraph } from '@samskap/react';
import { useMemo, useState } from 'react';
import { copy } from '../copy.js';
import type { Page } from '../types.js';
import { withPortalHref } from './links.js';

const PAGE_SIZE = 9;

/**
 * The case library. The filters live in the URL: without scripts the filter form is a GET form
 * and the server filters; with scripts the list follows each change and the URL is updated.
 */
export function CaseLibraryPage({
  locale,
  page,
}: {
  locale: SamskapLocale;
  page: Extract<Page, { kind: 'cases' }>;
}) {
  const text = copy[locale];
  const [filters, setFilters] = useState<CaseFilterValue>(() =>
    filtersFromSearchParams(page.search),
  );
  const [current, setCurrent] = useState(() => pageFromSearchParams(page.search));
  const result = useMemo(
    () => filterCases(page.cases, filters, locale),
    [page.cases, filters, locale],
  );
  const hrefFor = (value: CaseFilterValue, p: number) => {
    const qs = filtersToSearchParams(value, undefined, { page: p }).toString();
    return qs ? `?${qs}` : '?';
  };
  const change = (next: CaseFilterValue) => {
    setFilters(next);
    setCurrent(1);
    window.history.replaceState(null, '', hrefFor(next, 1));
  };
  const cases = useMemo(
    () => result.cases.map((c) => withPortalHref(c, locale)),
    [result.cases, locale],
  );
  return (
    <>
      <Heading level={1}>{text.cases.title}</Heading>
      <Paragraph>{text.cases.intro}</Paragraph>
      <CaseLibraryLayout
        filters={<CaseFilters value={filters} onChange={change} facets={result.facets} />}
      >
        <CaseList
          headingLevel={2}
          cases={cases}
          page={current}
          pageSize={PAGE_SIZE}
          hrefFor={(p) => hrefFor(filters, p)}
          onClearFilters={() => change({ ...emptyCaseFilters })}
        />
      </CaseLibraryLayout>
    </>
  );
}
