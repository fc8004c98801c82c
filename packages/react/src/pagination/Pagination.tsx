import type { SamskapKey } from '@samskap/i18n';
import { forwardRef, type HTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { Icon } from '../icon/Icon.js';
import { useLabels } from '../labels/useLabels.js';
import { safeUrl } from '../utils/safeUrl.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';
import { Gap, Item, List, Nav } from './Pagination.styles.js';

export interface PaginationLabels {
  /** The name of the navigation landmark. */
  label: string;
  /** Visible text of the link to the previous page. */
  previous: string;
  /** Visible text of the link to the next page. */
  next: string;
  /** Hidden word after previous/next: "Forrige" + "side". */
  pageSuffix: string;
  /** The name of a page's link; `{{page}}` is its number. */
  page: string;
  /** Shown instead of the page numbers in a narrow space; `{{page}}` and `{{total}}`. */
  status: string;
}

const labelKeys = {
  label: 'pagination.label',
  previous: 'pagination.previous',
  next: 'pagination.next',
  pageSuffix: 'pagination.pageSuffix',
  page: 'pagination.page',
  status: 'pagination.status',
} as const satisfies Record<keyof PaginationLabels, SamskapKey>;

export interface PaginationProps extends Omit<HTMLAttributes<HTMLElement>, 'onChange'> {
  /** The current page, from 1. */
  page: number;
  /** The number of pages. With one page or none, nothing is rendered. */
  total: number;
  /**
   * The URL of a page. Gives real links, so pages can be bookmarked and opened in a new tab.
   * URLs pass through `safeUrl`.
   */
  hrefFor?: (page: number) => string;
  /**
   * Called with the chosen page. Without `hrefFor` the pages are buttons that call this; with
   * it, it is called before the link is followed (call `event.preventDefault()` to route
   * yourself).
   */
  onChange?: (page: number, event: MouseEvent<HTMLElement>) => void;
  /**
   * Pages shown on each side of the current one; the first and the last are always shown.
   * @default 1
   */
  siblings?: number;
  /** Overrides of the built-in strings. */
  labels?: Partial<PaginationLabels>;
}

/** The pages to show: numbers, with 'gap' where pages are left out. */
export function pageItems(page: number, total: number, siblings = 1): (number | 'gap')[] {
  const shown = new Set<number>([1, total]);
  for (let p = page - siblings; p <= page + siblings; p++) if (p >= 1 && p <= total) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  let previous = 0;
  for (const p of sorted) {
    // A gap of one page shows that page: "…" would take as much room and say less.
    if (p - previous === 2) out.push(previous + 1);
    else if (p - previous > 2) out.push('gap');
    out.push(p);
    previous = p;
  }
  return out;
}

/**
 * Navigation between the pages of a list, in a `nav` landmark. The current page has
 * `aria-current="page"`. Where it has less than 30 rem, it shows only previous, "Side 3 av 10"
 * and next.
 */
export const Pagination = forwardRef<HTMLElement, PaginationProps>(function Pagination(
  { page, total, hrefFor, onChange, siblings = 1, labels, ...rest },
  ref,
) {
  const label = useLabels(labelKeys, labels);
  if (total <= 1) return null;
  const current = Math.min(Math.max(1, page), total);

  const control = (
    target: number,
    content: ReactNode,
    options: { name?: string; current?: boolean; disabled?: boolean } = {},
  ) => {
    const common = {
      'aria-label': options.name,
      'aria-current': options.current ? ('page' as const) : undefined,
    };
    if (hrefFor) {
      return (
        <Item
          {...common}
          href={safeUrl(hrefFor(target))}
          onClick={(event: MouseEvent<HTMLElement>) => onChange?.(target, event)}
        >
          {content}
        </Item>
      );
    }
    return (
      <Item
        as="button"
        type="button"
        {...common}
        // aria-disabled, not disabled: the button keeps focus when it reaches the first or last page.
        aria-disabled={options.disabled || undefined}
        onClick={(event: MouseEvent<HTMLElement>) => {
          if (options.disabled || options.current) return;
          onChange?.(target, event);
        }}
      >
        {content}
      </Item>
    );
  };

  const suffix = label('pageSuffix');
  const showPrevious = current > 1 || !hrefFor;
  const showNext = current < total || !hrefFor;

  return (
    <Nav ref={ref} aria-label={label('label')} {...rest}>
      <List>
        {showPrevious ? (
          <li data-kind="previous">
            {control(
              current - 1,
              <>
                <Icon name="chevron-left" />
                {label('previous')} <VisuallyHidden>{suffix}</VisuallyHidden>
              </>,
              { disabled: current <= 1 },
            )}
          </li>
        ) : null}
        {pageItems(current, total, siblings).map((item, index) =>
          item === 'gap' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: at most two gaps, fixed by position
            <Gap key={`gap-${index}`} data-kind="gap" aria-hidden="true" />
          ) : (
            <li key={item} data-kind="page">
              {control(item, item, {
                name: label('page', { page: item }),
                current: item === current,
              })}
            </li>
          ),
        )}
        <li data-kind="status">{label('status', { page: current, total })}</li>
        {showNext ? (
          <li data-kind="next">
            {control(
              current + 1,
              <>
                {label('next')} <VisuallyHidden>{suffix}</VisuallyHidden>
                <Icon name="chevron-right" />
              </>,
              { disabled: current >= total },
            )}
          </li>
        ) : null}
      </List>
    </Nav>
  );
});
