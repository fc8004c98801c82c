import { Heading, Paragraph, SearchField } from '@samskap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { withoutNavigation } from '../../../../.storybook/decorators.js';
import { LanguageSwitcher } from '../language/language-switcher/index.js';
import { CookieConsent } from './cookie-consent/index.js';
import { PageFeedback } from './page-feedback/index.js';
import { PortalFooter } from './portal-footer/index.js';
import { PortalHeader } from './portal-header/index.js';

const storageKey = 'samskap-story-frame-consent';

/** A whole page the way an agency puts it together: every part of the frame around one page. */
function PortalFrame() {
  return (
    <>
      <CookieConsent
        policyVersion="2026-12"
        action="#/informasjonskapsler/svar"
        cookiePageHref="#/informasjonskapsler"
        storageKey={storageKey}
      />
      <PortalHeader
        siteName="Samskap"
        homeHref="#/"
        phase="beta"
        feedbackHref="#/tilbakemelding"
        navigation={[
          { label: 'Saker', href: '#/saker', current: true },
          { label: 'Arrangement', href: '#/arrangement' },
          { label: 'Tips oss', href: '#/tips' },
        ]}
        languageSwitcher={<LanguageSwitcher hrefFor={(locale) => `#/${locale}/saker`} />}
        search={<SearchField hideLabel onSearch={() => {}} />}
      />
      <main id="main" style={{ padding: '1.5rem 1rem', display: 'grid', gap: '1.5rem' }}>
        <div>
          {/* Sample page content, in bokmål like the sample cases. */}
          <Heading level={1} lang="nb">
            Ny barnehage på Nordnes
          </Heading>
          <Paragraph lang="nb">
            Kommunen planlegger en ny barnehage og vil høre fra foreldre og naboer før vi bestemmer
            hvor den skal ligge.
          </Paragraph>
        </div>
        <PageFeedback action="#/tilbakemelding" />
      </main>
      <PortalFooter
        organisationName="Samskap kommune"
        organisationNumber="974760673"
        contact={{ email: 'postmottak@samskap.kommune.no', phone: '55 55 55 55' }}
        accessibilityStatementHref="#/tilgjengelighet"
        privacyHref="#/personvern"
        cookieSettingsHref="#/informasjonskapsler"
      />
    </>
  );
}

const meta = {
  title: 'Portal/Frame/Portal frame',
  component: PortalFrame,
  decorators: [withoutNavigation],
  // Each story is a first visit: no stored answer to the cookie banner.
  beforeEach: () => {
    localStorage.removeItem(storageKey);
  },
} satisfies Meta<typeof PortalFrame>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tabs until `isTarget(document.activeElement)`, at most `max` times; fails if never. */
async function tabTo(isTarget: (el: Element | null) => boolean, max = 15) {
  for (let i = 0; i < max && !isTarget(document.activeElement); i++) await userEvent.tab();
  await expect(isTarget(document.activeElement)).toBe(true);
}

/** The first visit on a wide screen: the cookie banner above the header. */
export const FirstVisit: Story = {};

/**
 * At 320 px: nothing scrolls sideways, and the keyboard goes through the banner, the header's
 * language switcher and its menu.
 */
export const Narrow320Keyboard: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    // The banner comes first: answer it, then hide the confirmation.
    await tabTo((el) => el?.getAttribute('value') === 'rejected');
    await userEvent.keyboard('{Enter}');
    await expect(canvasElement.querySelector('form button[value="rejected"]')).toBeNull();
    await expect(localStorage.getItem(storageKey)).toContain('"rejected"');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvasElement.querySelector('[data-sk-cookie-consent]')).toBeNull();
    // The header: skip link, home, the language switcher, then the menu button.
    await tabTo((el) => el?.getAttribute('hreflang') !== null && el?.tagName === 'A');
    await expect(document.activeElement?.closest('header')).toBeTruthy();
    await tabTo((el) => el?.hasAttribute('aria-expanded') ?? false);
    const menu = document.activeElement as HTMLElement;
    await userEvent.keyboard('{Enter}');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await userEvent.tab();
    await expect(document.activeElement).toHaveAttribute('aria-current', 'page');
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    await userEvent.keyboard('{Escape}');
    await expect(menu).toHaveFocus();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  },
};
