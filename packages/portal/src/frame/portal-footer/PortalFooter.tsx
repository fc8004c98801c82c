import { portalFooterStrings } from '@samskap/i18n';
import {
  Heading,
  type LabelOverrides,
  Link,
  safeUrl,
  useLabels,
  useSamskapStrings,
} from '@samskap/react';
import { forwardRef, type HTMLAttributes, type MouseEvent, type ReactNode, useId } from 'react';
import { openCookieSettings } from '../cookie-consent/channel.js';
import { Columns, Details, Links, Organisation, Root, Section } from './PortalFooter.styles.js';

/** How to reach the agency. Every part is optional; the contact section shows what is given. */
export interface PortalContact {
  /** An email address, linked with `mailto:`. */
  email?: string;
  /** A phone number as people read it ("55 55 55 55"), linked with `tel:`. */
  phone?: string;
  /** A postal or visiting address, one line per entry. */
  address?: readonly string[];
}

/** One extra link in the footer. */
export interface PortalFooterLink {
  label: ReactNode;
  href: string;
}

const keys = {
  contact: 'portalFooter.contact',
  email: 'portalFooter.email',
  phone: 'portalFooter.phone',
  address: 'portalFooter.address',
  organisationNumber: 'portalFooter.organisationNumber',
  aboutSite: 'portalFooter.aboutSite',
  accessibilityStatement: 'portalFooter.accessibilityStatement',
  privacy: 'portalFooter.privacy',
  cookieSettings: 'portalFooter.cookieSettings',
} as const;

export type PortalFooterLabels = LabelOverrides<keyof typeof keys>;

export interface PortalFooterProps extends HTMLAttributes<HTMLElement> {
  /** The agency's name. */
  organisationName: string;
  /** The organisation number from Enhetsregisteret (nine digits), shown in groups of three. */
  organisationNumber?: string;
  /** Contact details. */
  contact?: PortalContact;
  /** The accessibility statement (tilgjengelighetserklæring), which Norwegian law requires. */
  accessibilityStatementHref?: string;
  /** The privacy notice (personvernerklæring). */
  privacyHref?: string;
  /**
   * The cookie settings page, for readers without scripts. With scripts, and a
   * `CookieConsent` on the page, the link opens the banner again instead.
   */
  cookieSettingsHref?: string;
  /** More links, after the three above. */
  links?: readonly PortalFooterLink[];
  /** Overrides of the built-in strings. */
  labels?: PortalFooterLabels;
  /** Anything else the agency puts at the bottom, after the organisation line. */
  children?: ReactNode;
}

// "974760673" reads as "974 760 673", as on the agency's letters; anything else is left as given.
function formatOrganisationNumber(value: string): string {
  if (typeof value !== 'string') return '';
  const digits = value.replace(/\s/g, '');
  return /^\d{9}$/.test(digits) ? digits.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3') : value;
}

function onCookieSettingsClick(event: MouseEvent<HTMLAnchorElement>) {
  // Open the banner in place when one is on the page; otherwise the link goes to the page.
  if (openCookieSettings()) event.preventDefault();
}

/**
 * The bottom of every page: how to reach the agency, its name and organisation number, and the
 * links every Norwegian public site must have (accessibility statement, privacy notice, cookie
 * settings). Every URL goes through `safeUrl`; a refused one leaves its link out.
 */
export const PortalFooter = forwardRef<HTMLElement, PortalFooterProps>(function PortalFooter(
  {
    organisationName,
    organisationNumber,
    contact,
    accessibilityStatementHref,
    privacyHref,
    cookieSettingsHref,
    links = [],
    labels,
    children,
    ...rest
  },
  ref,
) {
  useSamskapStrings('portalFooter', portalFooterStrings);
  const label = useLabels(keys, labels);
  const contactId = useId();
  const aboutId = useId();

  const email = contact?.email?.trim();
  const emailHref = email ? safeUrl(`mailto:${email}`) : undefined;
  const phone = contact?.phone?.trim();
  const phoneHref = phone ? safeUrl(`tel:${phone.replace(/[^\d+]/g, '')}`) : undefined;
  const address = contact?.address?.filter((line) => typeof line === 'string' && line.trim());
  const hasContact = Boolean(email || phone || address?.length);

  const siteLinks: { key: string; label: ReactNode; href: string; cookie?: boolean }[] = [];
  const add = (key: string, text: ReactNode, href: string | undefined, cookie = false) => {
    const safe = safeUrl(href);
    if (safe !== undefined) siteLinks.push({ key, label: text, href: safe, cookie });
  };
  add('a11y', label('accessibilityStatement'), accessibilityStatementHref);
  add('privacy', label('privacy'), privacyHref);
  add('cookies', label('cookieSettings'), cookieSettingsHref, true);
  for (const [index, link] of links.entries()) add(`extra-${index}`, link.label, link.href);

  return (
    <Root ref={ref} {...rest}>
      <Columns>
        {hasContact ? (
          <Section aria-labelledby={contactId}>
            <Heading level={2} size="xs" id={contactId}>
              {label('contact')}
            </Heading>
            <Details>
              {email ? (
                <>
                  <dt>{label('email')}</dt>
                  <dd>{emailHref ? <Link href={emailHref}>{email}</Link> : email}</dd>
                </>
              ) : null}
              {phone ? (
                <>
                  <dt>{label('phone')}</dt>
                  <dd>{phoneHref ? <Link href={phoneHref}>{phone}</Link> : phone}</dd>
                </>
              ) : null}
              {address?.length ? (
                <>
                  <dt>{label('address')}</dt>
                  <dd>
                    {address.map((line, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the lines are fixed text
                      <span key={index}>
                        {index > 0 ? <br /> : null}
                        {line}
                      </span>
                    ))}
                  </dd>
                </>
              ) : null}
            </Details>
          </Section>
        ) : null}
        {siteLinks.length > 0 ? (
          <nav aria-labelledby={aboutId}>
            <Heading level={2} size="xs" id={aboutId}>
              {label('aboutSite')}
            </Heading>
            <Links plain>
              {siteLinks.map((link) => (
                <li key={link.key}>
                  <Link href={link.href} onClick={link.cookie ? onCookieSettingsClick : undefined}>
                    {link.label}
                  </Link>
                </li>
              ))}
            </Links>
          </nav>
        ) : null}
      </Columns>
      <Organisation>
        <span>{organisationName}</span>
        {organisationNumber ? (
          <>
            <br />
            <span>
              {label('organisationNumber', {
                number: formatOrganisationNumber(organisationNumber),
              })}
            </span>
          </>
        ) : null}
      </Organisation>
      {children}
    </Root>
  );
});
