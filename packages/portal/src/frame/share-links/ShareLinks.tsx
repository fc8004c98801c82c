import { shareLinksStrings } from '@samskap/i18n';
import {
  announce,
  Button,
  Heading,
  type HeadingLevel,
  type LabelOverrides,
  Link,
  safeUrl,
  TextField,
  useLabels,
  useSamskapStrings,
} from '@samskap/react';
import {
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { Items, Root } from './ShareLinks.styles.js';

/** A sharing link the agency configures (its own channel, a service it trusts). */
export interface ShareLink {
  label: ReactNode;
  /** The whole URL, with the page's address already in it. Goes through `safeUrl`. */
  href: string;
}

const keys = {
  heading: 'shareLinks.heading',
  email: 'shareLinks.email',
  copy: 'shareLinks.copy',
  copied: 'shareLinks.copied',
  manual: 'shareLinks.manual',
  field: 'shareLinks.field',
} as const;

export type ShareLinksLabels = LabelOverrides<keyof typeof keys>;

export interface ShareLinksProps extends HTMLAttributes<HTMLElement> {
  /** The address to share. */
  url: string;
  /** The page's title, used as the email's subject. */
  title?: string;
  /** More links, after the email link. */
  links?: readonly ShareLink[];
  /**
   * The heading's level.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /** Overrides of the built-in strings. */
  labels?: ShareLinksLabels;
}

/**
 * Ways to share a page: plain links (email, and any the agency configures) and "copy link". No
 * third-party script and no tracking: every way out is a link the reader can see. Where the
 * browser refuses the clipboard, the address is shown in a read-only field, selected, so the
 * reader can copy it by hand.
 */
export const ShareLinks = forwardRef<HTMLElement, ShareLinksProps>(function ShareLinks(
  { url, title, links = [], headingLevel = 2, labels, ...rest },
  ref,
) {
  useSamskapStrings('shareLinks', shareLinksStrings);
  const label = useLabels(keys, labels);
  const headingId = useId();
  const [manual, setManual] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);
  const address = safeUrl(url);

  useEffect(() => {
    if (!manual) return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [manual]);

  const mailto =
    address === undefined
      ? undefined
      : `mailto:?subject=${encodeURIComponent(title ?? '')}&body=${encodeURIComponent(address)}`;

  const copy = async () => {
    if (address === undefined) return;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(address);
      announce(label('copied'));
    } catch {
      // Refused (no permission, an insecure page, an old browser): let the reader copy it.
      setManual(true);
    }
  };

  if (address === undefined) return null;
  const extra = links.flatMap((link) => {
    const href = safeUrl(link.href);
    return href === undefined ? [] : [{ label: link.label, href }];
  });

  return (
    <Root ref={ref} aria-labelledby={headingId} {...rest}>
      <Heading level={headingLevel} size="xs" id={headingId}>
        {label('heading')}
      </Heading>
      <Items>
        <li>
          <Link href={mailto}>{label('email')}</Link>
        </li>
        {extra.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
        <li>
          <Button variant="secondary" size="sm" onClick={copy}>
            {label('copy')}
          </Button>
        </li>
      </Items>
      {manual ? (
        <TextField
          ref={fieldRef}
          label={label('field')}
          description={label('manual')}
          value={address}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
        />
      ) : null}
    </Root>
  );
});
