import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { locales, renderIn } from '../../../../../test/render.js';
import { registerCookieSettingsOpener } from '../cookie-consent/channel.js';
import { PortalFooter, type PortalFooterProps } from './PortalFooter.js';

const props: PortalFooterProps = {
  organisationName: 'Digitaliseringsdirektoratet',
  organisationNumber: '991825827',
  contact: {
    email: 'post@example.no',
    phone: '+47 22 45 10 00',
    address: ['Postboks 1', '0101 Oslo'],
  },
  accessibilityStatementHref: '/tilgjengelighet',
  privacyHref: '/personvern',
  cookieSettingsHref: '/informasjonskapsler',
};

describe('PortalFooter', () => {
  it.each([
    [
      'nb',
      'Kontakt oss',
      'Om nettstedet',
      ['Tilgjengelighetserklæring', 'Personvernerklæring', 'Innstillinger for informasjonskapsler'],
      'Organisasjonsnummer: 991 825 827',
    ],
    [
      'nn',
      'Kontakt oss',
      'Om nettstaden',
      [
        'Tilgjengelegheitserklæring',
        'Personvernerklæring',
        'Innstillingar for informasjonskapslar',
      ],
      'Organisasjonsnummer: 991 825 827',
    ],
    [
      'en',
      'Contact us',
      'About this website',
      ['Accessibility statement', 'Privacy notice', 'Cookie settings'],
      'Organisation number: 991 825 827',
    ],
  ] as const)(
    'in %s has the contact section, the required links and the organisation number',
    (locale, contact, about, linkNames, orgLine) => {
      renderIn(locale, <PortalFooter {...props} />);
      expect(screen.getByRole('contentinfo')).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: contact })).toBeInTheDocument();
      const nav = screen.getByRole('navigation', { name: about });
      expect(
        within(nav)
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual(linkNames);
      expect(
        within(nav)
          .getAllByRole('link')
          .map((a) => a.getAttribute('href')),
      ).toEqual(['/tilgjengelighet', '/personvern', '/informasjonskapsler']);
      expect(screen.getByText(orgLine)).toBeInTheDocument();
    },
  );

  it('links email and phone with mailto: and tel:', () => {
    renderIn('nb', <PortalFooter {...props} />);
    expect(screen.getByRole('link', { name: 'post@example.no' })).toHaveAttribute(
      'href',
      'mailto:post@example.no',
    );
    expect(screen.getByRole('link', { name: '+47 22 45 10 00' })).toHaveAttribute(
      'href',
      'tel:+4722451000',
    );
  });

  it('leaves out links whose URL safeUrl refuses', () => {
    renderIn(
      'nb',
      <PortalFooter
        organisationName="Etat"
        accessibilityStatementHref="javascript:alert(1)"
        privacyHref="/personvern"
        links={[{ label: 'Data', href: 'data:text/html,x' }]}
      />,
    );
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Personvernerklæring']);
  });

  it('the cookie settings link opens a banner on the page instead of navigating', async () => {
    const user = userEvent.setup();
    let opened = 0;
    const unregister = registerCookieSettingsOpener(() => {
      opened += 1;
    });
    renderIn('en', <PortalFooter {...props} />);
    const link = screen.getByRole('link', { name: 'Cookie settings' });
    link.focus();
    await user.keyboard('{Enter}');
    expect(opened).toBe(1);
    unregister();
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(locale, <PortalFooter {...props} />);
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
