import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { locales, renderIn } from '../../../../../test/render.js';
import { PortalHeader, type PortalNavItem } from './PortalHeader.js';

const navigation: PortalNavItem[] = [
  { label: 'Saker', href: '/saker', current: true },
  { label: 'Arrangement', href: '/arrangement' },
  { label: 'Om oss', href: 'javascript:alert(1)' },
];

function Page(props: Partial<Parameters<typeof PortalHeader>[0]>) {
  return (
    <>
      <PortalHeader siteName="Samskap" navigation={navigation} {...props} />
      <main id="main">
        <h1>Saker</h1>
      </main>
    </>
  );
}

describe('PortalHeader', () => {
  it.each([
    ['nb', 'Hopp til hovedinnholdet', 'Hovedmeny', 'Samskap, forsiden', 'Meny'],
    ['nn', 'Hopp til hovudinnhaldet', 'Hovudmeny', 'Samskap, framsida', 'Meny'],
    ['en', 'Skip to main content', 'Main menu', 'Samskap, home page', 'Menu'],
  ] as const)(
    'in %s has a skip link, a named navigation, the home link and the menu button',
    (locale, skip, nav, home, menu) => {
      renderIn(locale, <Page />);
      expect(screen.getByRole('link', { name: skip })).toHaveAttribute('href', '#main');
      // Folded behind the menu button: jsdom has no container queries, so it is "narrow".
      expect(screen.getByRole('navigation', { name: nav, hidden: true })).not.toBeVisible();
      expect(screen.getByRole('link', { name: home })).toHaveAttribute('href', '/');
      expect(screen.getByRole('button', { name: menu })).toHaveAttribute('aria-expanded', 'false');
    },
  );

  it('marks the current page with aria-current and leaves out a refused URL', () => {
    renderIn('nb', <Page />);
    const nav = screen.getByRole('navigation', { hidden: true });
    const links = within(nav).getAllByRole('link', { hidden: true });
    expect(links.map((a) => a.textContent)).toEqual(['Saker', 'Arrangement']);
    expect(links[0]).toHaveAttribute('aria-current', 'page');
    expect(links[1]).not.toHaveAttribute('aria-current');
  });

  it('the menu button opens and closes the navigation; Escape closes it and returns focus', async () => {
    const user = userEvent.setup();
    const { container } = renderIn('nn', <Page />);
    const header = container.querySelector('header');
    const button = screen.getByRole('button', { name: 'Meny' });
    expect(header).toHaveAttribute('data-menu', 'closed');
    const nav = screen.getByRole('navigation', { hidden: true });
    expect(button).toHaveAttribute('aria-controls', nav.parentElement?.id);
    expect(nav).not.toBeVisible();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(nav).toBeVisible();
    expect(header).toHaveAttribute('data-menu', 'open');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Saker' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(nav).not.toBeVisible();
  });

  it('the skip link moves focus to the main content', async () => {
    const user = userEvent.setup();
    renderIn('en', <Page />);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it.each([
    ['nb', 'Beta', 'Dette er en ny tjeneste, og vi forbedrer den hele tiden.', 'Si hva du synes'],
    [
      'nn',
      'Pilot',
      'Dette er ei ny teneste, og vi gjer henne betre heile tida.',
      'Sei kva du meiner',
    ],
    [
      'en',
      'Alpha',
      'This is a new service, and we are improving it all the time.',
      'Tell us what you think',
    ],
  ] as const)('in %s shows the phase banner with a feedback link', (locale, phase, text, link) => {
    const key = ({ Beta: 'beta', Pilot: 'pilot', Alpha: 'alpha' } as const)[phase];
    renderIn(locale, <Page phase={key} feedbackHref="/tilbakemelding" />);
    expect(screen.getByText(phase)).toBeInTheDocument();
    expect(screen.getByText(text, { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: link })).toHaveAttribute('href', '/tilbakemelding');
  });

  it('has no menu button without navigation or search, and keeps the language switcher slot', () => {
    renderIn(
      'nb',
      <PortalHeader siteName="Samskap" languageSwitcher={<nav aria-label="Språk">x</nav>} />,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Språk' })).toBeInTheDocument();
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(locale, <Page phase="beta" feedbackHref="/tilbakemelding" />);
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
