// @vitest-environment node
import { SamskapProvider } from '@samskap/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CookieConsent } from './cookie-consent/CookieConsent.js';
import { createCookieConsent } from './cookie-consent/consent.js';
import { PortalFooter } from './portal-footer/PortalFooter.js';
import { PortalHeader } from './portal-header/PortalHeader.js';

function Frame({ locale }: { locale: 'nb' | 'nn' | 'en' }) {
  return (
    <SamskapProvider locale={locale}>
      <CookieConsent policyVersion="3" action="/informasjonskapsler/svar" />
      <PortalHeader
        siteName="Samskap"
        navigation={[
          { label: 'Saker', href: '/saker', current: true },
          { label: 'Arrangement', href: '/arrangement' },
        ]}
      />
      <main id="main">Innhald</main>
      <PortalFooter
        organisationName="Samskap kommune"
        accessibilityStatementHref="/tilgjengelighet"
        privacyHref="/personvern"
        cookieSettingsHref="/informasjonskapsler"
      />
    </SamskapProvider>
  );
}

/** The opening tag of the element whose text starts with `text` (attribute order is React's). */
function openingTag(html: string, tag: string, text: string): string | undefined {
  const at = html.indexOf(`>${text}`);
  if (at < 0) return undefined;
  const start = html.lastIndexOf(`<${tag}`, at);
  return start < 0 ? undefined : html.slice(start, at + 1);
}

describe('the frame rendered on the server, before any script', () => {
  it.each([
    [
      'nb',
      'Godta analysekapsler',
      'Avvis analysekapsler',
      'Tilgjengelighetserklæring',
      'Hopp til hovedinnholdet',
    ],
    [
      'nn',
      'Godta analysekapslar',
      'Avvis analysekapslar',
      'Tilgjengelegheitserklæring',
      'Hopp til hovudinnhaldet',
    ],
    [
      'en',
      'Accept analytics cookies',
      'Reject analytics cookies',
      'Accessibility statement',
      'Skip to main content',
    ],
  ] as const)(
    'in %s has the banner form, the navigation and the footer links in the HTML',
    (locale, accept, reject, a11y, skip) => {
      expect(typeof document).toBe('undefined');
      const html = renderToString(<Frame locale={locale} />);
      // The banner: a real form that posts, with both answers as submit buttons.
      const form = html.match(/<form[^>]*>/)?.[0] ?? '';
      expect(form).toContain('method="post"');
      expect(form).toContain('action="/informasjonskapsler/svar"');
      for (const [text, value] of [
        [accept, 'accepted'],
        [reject, 'rejected'],
      ] as const) {
        const button = openingTag(html, 'button', text);
        expect(button).toContain('type="submit"');
        expect(button).toContain('name="cookie-consent"');
        expect(button).toContain(`value="${value}"`);
      }
      // "Decide later" needs scripts, so it is not in the server's HTML.
      expect(html).not.toMatch(/Bestem senere|Bestem seinare|Decide later/);
      // The header: the skip link, the home link and the navigation, with the current page.
      expect(openingTag(html, 'a', skip)).toContain('href="#main"');
      expect(openingTag(html, 'a', 'Saker')).toContain('aria-current="page"');
      expect(openingTag(html, 'a', 'Saker')).toContain('href="/saker"');
      expect(openingTag(html, 'a', 'Arrangement')).toContain('href="/arrangement"');
      // Without scripts the menu is "static": CSS shows the navigation and hides the button.
      expect(html).toContain('data-menu="static"');
      // The footer's links.
      expect(openingTag(html, 'a', a11y)).toContain('href="/tilgjengelighet"');
      expect(html).toMatch(/<a[^>]*href="\/personvern"/);
      expect(html).toMatch(/<a[^>]*href="\/informasjonskapsler"/);
    },
  );

  it('renders no banner when the server knows a current answer', () => {
    const html = renderToString(
      <SamskapProvider locale="nb">
        <CookieConsent policyVersion="3" consent={createCookieConsent('accepted', '3')} />
      </SamskapProvider>,
    );
    expect(html).not.toContain('cookie-consent');
  });
});
