import type { HeadingLevel } from '@samskap/react';
import { announce, Button, Pagination, useSamskapLocale } from '@samskap/react';
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
import { normalizeCases } from '../cases/normalize.js';
import type { InnovationCase } from '../cases/types.js';
import { Count, Empty, Items, Root, Toggle, Toolbar } from './CaseList.styles.js';

export type CaseListLayout = 'grid' | 'list';

export interface CaseListLabels {
  /** The result count; `{{count}}` with plural forms: "24 saker". */
  count: string;
  /** The name of the layout toggle group. */
  layout: string;
  grid: string;
  list: string;
  loading: string;
  emptyTitle: string;
  emptyText: string;
  clearFilters: string;
}

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
  /** Real links for pages (`?page=3`), so a page can be bookmarked. */
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
  labels?: Partial<CaseListLabels>;
}

// Typing a search word changes the count on every key; read it once the reader pauses.
const ANNOUNCE_DELAY_MS = 600;

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
  const { t, info } = useSamskapLocale();
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
  const countText =
    labels?.count?.replace('{{count}}', String(count)) ?? t('cases.list.count', { count });
  const countRef = useRef<HTMLParagraphElement>(null);

  const l = {
    layout: labels?.layout ?? t('cases.list.layout'),
    grid: labels?.grid ?? t('cases.list.grid'),
    list: labels?.list ?? t('cases.list.list'),
    loading: labels?.loading ?? t('cases.list.loading'),
    emptyTitle: labels?.emptyTitle ?? t('cases.list.emptyTitle'),
    emptyText: labels?.emptyText ?? t('cases.list.emptyText'),
    clearFilters: labels?.clearFilters ?? t('cases.list.clearFilters'),
  };
  // Announce a changed result count, but not the first one: it is on the page already.
  const lastAnnounced = useRef<string | null>(null);
  useEffect(() => {
    if (loading) return;
    if (lastAnnounced.current === null) {
      lastAnnounced.current = countText;
      return;
    }
    if (lastAnnounced.current === countText) return;
    const timer = setTimeout(() => {
      lastAnnounced.current = countText;
      announce(countText, { lang: info.tag });
    }, ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [countText, loading, info.tag]);

  // Loading is announced through the shared live region: a region that appears together with its
  // text is often not read.
  useEffect(() => {
    if (loading) announce(l.loading, { lang: info.tag });
  }, [loading, l.loading, info.tag]);

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
        <p>{l.emptyTitle}</p>
        <p>{l.emptyText}</p>
        {onClearFilters ? (
          <Button variant="secondary" onClick={onClearFilters}>
            {l.clearFilters}
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
          {loading ? l.loading : countText}
        </Count>
        <Toggle role="group" aria-label={l.layout}>
          <button
            type="button"
            aria-pressed={layout === 'grid'}
            onClick={() => chooseLayout('grid')}
          >
            {l.grid}
          </button>
          <button
            type="button"
            aria-pressed={layout === 'list'}
            onClick={() => chooseLayout('list')}
          >
            {l.list}
          </button>
        </Toggle>
      </Toolbar>
      {body}
      {!loading && pages > 1 ? (
        <Pagination
          page={page}
          total={pages}
          hrefFor={pageHref}
          onChange={(next, event) => {
            if (pageHref) event.preventDefault();
            choosePage(next);
          }}
        />
      ) : null}
    </Root>
  );
});
