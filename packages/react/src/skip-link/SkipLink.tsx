import type { SamskapKey } from '@samskap/i18n';
import { type AnchorHTMLAttributes, forwardRef, type MouseEvent, type ReactNode } from 'react';
import { useLabels } from '../labels/useLabels.js';
import { StyledSkipLink } from './SkipLink.styles.js';

export interface SkipLinkLabels {
  /** The link text. */
  label: string;
}

const labelKeys = { label: 'skipLink.label' } as const satisfies Record<
  keyof SkipLinkLabels,
  SamskapKey
>;

export interface SkipLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /**
   * The fragment of the element to skip to, usually the `main` element's id.
   * @default '#main'
   */
  href?: `#${string}`;
  /** The link text. Defaults to "Hopp til hovedinnholdet" in the page's language. */
  children?: ReactNode;
  /** Overrides of the built-in strings. */
  labels?: Partial<SkipLinkLabels>;
}

/**
 * The first thing on the page: a link, shown when focused, that lets keyboard users skip the
 * header and menus (WCAG 2.4.1). It moves focus to the target itself, because some browsers
 * only scroll to a fragment and leave focus where it was.
 */
export const SkipLink = forwardRef<HTMLAnchorElement, SkipLinkProps>(function SkipLink(
  { href = '#main', children, labels, onClick, ...rest },
  ref,
) {
  const label = useLabels(labelKeys, labels);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented) return;
    const target = document.getElementById(decodeURIComponent(href.slice(1)));
    if (!target) return;
    event.preventDefault();
    // A main element or a heading is not focusable by itself; tabindex -1 makes it so for
    // script only, without adding it to the tab order.
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex'))
      target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView?.({ block: 'start' });
  };
  return (
    <StyledSkipLink ref={ref} href={href} onClick={handleClick} {...rest}>
      {children ?? label('label')}
    </StyledSkipLink>
  );
});
