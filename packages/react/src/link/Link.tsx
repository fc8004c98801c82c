import type { SamskapKey } from '@samskap/i18n';
import { type AnchorHTMLAttributes, forwardRef, type ReactNode } from 'react';
import { Icon } from '../icon/Icon.js';
import { useLabels } from '../labels/useLabels.js';
import { safeUrl } from '../utils/safeUrl.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';
import { StyledLink } from './Link.styles.js';

export interface LinkLabels {
  /** Read after the text of a link that opens in a new tab. */
  newTab: string;
}

const labelKeys = { newTab: 'link.newTab' } as const satisfies Record<keyof LinkLabels, SamskapKey>;

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /**
   * Where the link goes. It passes through `safeUrl`: a `javascript:`, `data:` or other unsafe
   * URL is dropped, and the link becomes plain text.
   */
  href?: string;
  /** The link text. It must make sense read alone ("Les mer om saka", not "Les mer"). */
  children: ReactNode;
  /**
   * `neutral` for links in running text that should not draw the eye.
   * @default 'accent'
   */
  color?: 'accent' | 'neutral';
  /**
   * The link comes from user content (a comment, a tip): adds `rel="nofollow ugc noopener"`,
   * so search engines do not count it and the target cannot reach back into the page.
   * @default false
   */
  ugc?: boolean;
  /** Overrides of the built-in strings. */
  labels?: Partial<LinkLabels>;
}

function withRel(rel: string | undefined, add: string[]): string | undefined {
  const parts = new Set((rel ?? '').split(/\s+/).filter(Boolean));
  for (const part of add) parts.add(part);
  return parts.size ? [...parts].join(' ') : undefined;
}

/**
 * A link. With `target="_blank"` it says so: an icon, and "(åpner i ny fane)" for screen
 * readers, because a new tab breaks the back button (WCAG 3.2.5 advisory, G201).
 */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  { href, children, color = 'accent', ugc = false, labels, target, rel, ...rest },
  ref,
) {
  const label = useLabels(labelKeys, labels);
  const newTab = target === '_blank';
  return (
    <StyledLink
      ref={ref}
      href={safeUrl(href)}
      target={target}
      rel={withRel(rel, [
        ...(ugc ? ['nofollow', 'ugc', 'noopener'] : []),
        ...(newTab ? ['noopener', 'noreferrer'] : []),
      ])}
      data-color={color === 'accent' ? undefined : color}
      {...rest}
    >
      {children}
      {newTab ? (
        <>
          <Icon name="external" /> <VisuallyHidden>{label('newTab')}</VisuallyHidden>
        </>
      ) : null}
    </StyledLink>
  );
});
