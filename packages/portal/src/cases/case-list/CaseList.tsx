import {
  announce,
  Button,
  ensureLiveRegions,
  type HeadingLevel,
  type LabelOverrides,
  Pagination,
  ToggleButton,
  ToggleGroup,
  useLabels,
  useSamskapLocale,
  warnOnce,
} from '@samskap/react';
import {
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  useEffect,
  useRef,
  useState,
} from 'react';
import { CaseCard } from '../case-card/CaseCard.js';
import { CaseCardSkeleton } from '../case-card/CaseCardSkeleton.js';
import { normalizeCases } from '../normalize.js';
import type { InnovationCase } from '../types.js';
import { Count, Empty, Items, Root, Toolbar } from './CaseList.styles.js';

export type CaseListLayout = 'grid' | 'list';

const labelKeys = {
  /** The result count, with plural forms by `{{count}}`: "24 saker". */
  count: 'cases.list.count',
  /** The name of the layout toggle group: "Visning". */
  layout: 'cases.list.layout',
  grid: 'cases.list.grid',
  list: 'cases.list.list',
  loading: 'cases.list.loading',
  emptyTitle: 'cases.list.emptyTitle',
  emptyText: 'cases.list.emptyText',
  clearFilters: 'cases.list.clearFilters',
} as const;

/**
 * Overrides of CaseList's built-in strings: a text (`'{{count}} prosjekt'`), or a function of
 * the values, which keeps plural forms (`({ count }) => ...`).
 */
export type CaseListLabels = LabelOverrides<keyof typeof labelKeys>;

export interface CaseListProps extends HTMLAttributes<HTMLElement> {
  /** The cases to list: every result (paged here), or one page of them with `total` set. */
  cases: readonly InnovationCase[];
  /** The number of results when `cases` holds only the current page (paging on a server). */
  total?: number;
  /**
   * Cases per page.
   * @default 12
   */
  pageSize?: number;
  /** The current page, from 1. Leave it out to let the list keep its own page. */
  page?: number;
  /** Called with the page the reader chose. */
  onPageChange?: (page: number) => void;
  /**
   * The URL of a page (`(page) => `?page=${page}``): the pages become real links that can be
   * bookmarked and opened in a new tab. Goes through `safeUrl`.
   */
  hrefFor?: (page: number) => string;
  /**
   * The old name of `hrefFor`; it still works, with a warning in development.
   * @deprecated Use `hrefFor`. `pageHref` will be removed in the next minor version.
   */
  pageHref?: (page: number) => string;
  /** The layout. Leave it out to let the list keep the reader's choice. */
  layout?: CaseListLayout;
  /** @default 'grid' */
  defaultLayout?: CaseListLayout;
  /** Called when the reader switches layout. */
  onLayoutChange?: (layout: CaseListLayout) => void;
  /** Shows skeletons in place of the cases while they load. */
  loading?: boolean;
  /** Offers a "Clear all filters" button when no case matches. */
  onClearFilters?: () => void;
  /**
   * The heading level of each card's title.
   * @default 3
   */
  headingLevel?: HeadingLevel;
  /** Content shown when nothing matches, in place of the built-in text. */
  emptyState?: ReactNode;
  /** Overrides of the built-in strings. */
  labels?: CaseListLabels;
}

// Typing a search word changes the count on every key; read it once the reader pauses.
const ANNOUNCE_DELAY_MS = 600;

const isLayout = (value: string): value is CaseListLayout => value === 'grid' || value === 'list';

/**
 * A list of case cards in a grid or a list, with the number of results (announced politely when
 * it changes), a layout toggle, loading skeletons, an empty state and paging.
 */
export const CaseList = forwardRef<HTMLElement, CaseListProps>(function CaseList(
  {
    cases: input,
    total: totalProp,
    pageSize: pageSizeProp = 12,
    page: pageProp,
    onPageChange,
    hrefFor: hrefForProp,
    pageHref,
    layout: layoutProp,
    defaultLayout = 'grid',
    onLayoutChange,
    loading = false,
    onClearFilters,
    headingLevel = 3,
    emptyState,
    labels,
    ...rest
  },
  ref,
) {
  const { info } = useSamskapLocale();
  const label = useLabels(labelKeys, labels);
  if (pageHref !== undefined) {
    warnOnce(
      'case-list-page-href',
      'Samskap CaseList: `pageHref` is renamed `hrefFor`, the name every link builder has; `pageHref` will be removed in the next minor version.',
    );
  }
  const hrefFor = hrefForProp ?? pageHref;
  const [ownLayout, setOwnLayout] = useState<CaseListLayout>(defaultLayout);
  const [ownPage, setOwnPage] = useState(1);
  // Data from a CMS: malformed cases are repaired, non-records and repeated ids left out.
  const cases = normalizeCases(input);
  const total =
    typeof totalProp === 'number' && Number.isFinite(totalProp) && totalProp >= 0
      ? Math.floor(totalProp)
      : undefined;
  const pageSize =
    Number.isFinite(pageSizeProp) && pageSizeProp >= 1 ? Math.floor(pageSizeProp) : 12;
  const layout = layoutProp ?? ownLayout;
  const count = total ?? cases.length;
  const pages = Math.max(1, Math.ceil(count / Math.max(1, pageSize)));
  const page = Math.min(Math.max(1, pageProp ?? ownPage), pages);
  const shown = total === undefined ? cases.slice((page - 1) * pageSize, page * pageSize) : cases;
  const countText = label('count', { count });
  const loadingText = label('loading');
  const countRef = useRef<HTMLParagraphElement>(null);

  // The shared live region exists before the first message, or that message is often not read.
  useEffect(() => {
    ensureLiveRegions();
  }, []);

  // Announce a changed result count, but not the first one: it is on the page already. A newer
  // count replaces one still waiting, so only the count the reader pauses at is read.
  const lastAnnounced = useRef<string | null>(null);
  useEffect(() => {
    if (loading) return;
    if (lastAnnounced.current === null) {
      lastAnnounced.current = countText;
      return;
    }
    if (lastAnnounced.current === countText) return;
    lastAnnounced.current = countText;
    return announce(countText, { lang: info.tag, delay: ANNOUNCE_DELAY_MS });
  }, [countText, loading, info.tag]);

  useEffect(() => {
    if (loading) announce(loadingText, { lang: info.tag });
  }, [loading, loadingText, info.tag]);

  // After a page change the reader is taken to the top of the new page, not left at the bottom.
  const pageFocus = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once the new page has rendered
  useEffect(() => {
    if (!pageFocus.current) return;
    pageFocus.current = false;
    countRef.current?.focus();
  }, [page]);

  const choosePage = (next: number) => {
    pageFocus.current = true;
    if (pageProp === undefined) setOwnPage(next);
    onPageChange?.(next);
  };
  const chooseLayout = (next: CaseListLayout) => {
    if (layoutProp === undefined) setOwnLayout(next);
    onLayoutChange?.(next);
  };

  const variant = layout === 'list' ? 'horizontal' : 'default';

  let body: ReactNode;
  if (loading) {
    body = (
      <Items data-layout={layout} aria-hidden="true">
        {Array.from({ length: Math.min(pageSize, 6) }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <li key={i}>
            <CaseCardSkeleton variant={variant} silent />
          </li>
        ))}
      </Items>
    );
  } else if (count === 0) {
    body = emptyState ?? (
      <Empty>
        <p>{label('emptyTitle')}</p>
        <p>{label('emptyText')}</p>
        {onClearFilters ? (
          <Button variant="secondary" onClick={onClearFilters}>
            {label('clearFilters')}
          </Button>
        ) : null}
      </Empty>
    );
  } else {
    body = (
      <Items data-layout={layout}>
        {shown.map((c) => (
          <li key={c.id}>
            <CaseCard case={c} variant={variant} headingLevel={headingLevel} />
          </li>
        ))}
      </Items>
    );
  }

  return (
    <Root ref={ref} aria-busy={loading || undefined} data-layout={layout} {...rest}>
      <Toolbar>
        <Count ref={countRef} tabIndex={-1}>
          {loading ? loadingText : countText}
        </Count>
        <ToggleGroup
          label={label('layout')}
          value={layout}
          onChange={(next) => {
            if (isLayout(next)) chooseLayout(next);
          }}
        >
          <ToggleButton value="grid">{label('grid')}</ToggleButton>
          <ToggleButton value="list">{label('list')}</ToggleButton>
        </ToggleGroup>
      </Toolbar>
      {body}
      {!loading && pages > 1 ? (
        <Pagination
          page={page}
          total={pages}
          hrefFor={hrefFor}
          onChange={(next, event) => {
            if (hrefFor) event.preventDefault();
            choosePage(next);
          }}
        />
      ) : null}
    </Root>
  );
});
