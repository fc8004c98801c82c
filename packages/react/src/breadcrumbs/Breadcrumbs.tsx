import type { SamskapKey } from '@samskap/i18n';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { Icon } from '../icon/Icon.js';
import { useLabels } from '../labels/useLabels.js';
import { Link } from '../link/Link.js';
import { List, Nav } from './Breadcrumbs.styles.js';

export interface BreadcrumbsLabels {
  /** The name of the navigation landmark. */
  label: string;
}

const labelKeys = { label: 'breadcrumbs.label' } as const satisfies Record<
  keyof BreadcrumbsLabels,
  SamskapKey
>;

export interface BreadcrumbItem {
  /** The page's name. */
  label: ReactNode;
  /** The page's URL; it passes through `safeUrl`. The last item, the current page, needs none. */
  href?: string;
}

export interface BreadcrumbsProps extends HTMLAttributes<HTMLElement> {
  /** The path from the top to the current page; the last item is the current page. */
  items: readonly BreadcrumbItem[];
  /** Overrides of the built-in strings. */
  labels?: Partial<BreadcrumbsLabels>;
}

const chevron = <Icon name="chevron-right" />;
const back = <Icon name="chevron-left" data-back="" />;

/**
 * Where the current page sits in the site, as a `nav` with an ordered list. The current page
 * is the last item, marked `aria-current="page"` and not a link. In less than 30 rem only the
 * parent page is shown, as a way back up.
 */
export const Breadcrumbs = forwardRef<HTMLElement, BreadcrumbsProps>(function Breadcrumbs(
  { items, labels, ...rest },
  ref,
) {
  const label = useLabels(labelKeys, labels);
  const last = items.length - 1;
  return (
    <Nav ref={ref} aria-label={label('label')} {...rest}>
      <List>
        {items.map((item, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: a path's items are identified by their position
            key={index}
            data-parent={index === last - 1 ? '' : undefined}
          >
            {index > 0 ? chevron : null}
            {index === last - 1 ? back : null}
            {index === last ? (
              <span aria-current="page">{item.label}</span>
            ) : (
              <Link href={item.href}>{item.label}</Link>
            )}
          </li>
        ))}
      </List>
    </Nav>
  );
});
