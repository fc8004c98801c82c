import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { SkipLink } from './SkipLink.js';

function Page({ children }: { children: React.ReactNode }) {
  return (
    <>
      {children}
      <header>
        <a href="/">Forside</a>
      </header>
      <main id="main">
        <h1>Saker</h1>
      </main>
    </>
  );
}

describe('SkipLink', () => {
  it.each([
    ['nb', 'Hopp til hovedinnholdet'],
    ['nn', 'Hopp til hovudinnhaldet'],
    ['en', 'Skip to main content'],
  ] as const)(
    'in %s is the first tab stop, named "%s", and moves focus to main',
    async (locale, name) => {
      const user = userEvent.setup();
      renderIn(
        locale,
        <Page>
          <SkipLink />
        </Page>,
      );
      await user.tab();
      const link = screen.getByRole('link', { name });
      expect(link).toHaveFocus();
      expect(link).toHaveAttribute('href', '#main');
      await user.keyboard('{Enter}');
      const main = screen.getByRole('main');
      expect(main).toHaveFocus();
      expect(main).toHaveAttribute('tabindex', '-1');
      // Tab continues from the main content, not from the top.
      await user.tab();
      expect(screen.getByRole('link', { name: 'Forside' })).not.toHaveFocus();
    },
  );

  it('skips to another target, with its own text, and forwards its ref', async () => {
    const user = userEvent.setup();
    const ref = createRef<HTMLAnchorElement>();
    renderIn(
      'en',
      <>
        <SkipLink ref={ref} href="#sok">
          Skip to search
        </SkipLink>
        <input id="sok" aria-label="Search" />
      </>,
    );
    await user.click(screen.getByRole('link', { name: 'Skip to search' }));
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus();
    expect(screen.getByRole('textbox')).not.toHaveAttribute('tabindex');
    expect(ref.current).toBe(screen.getByRole('link'));
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <Page>
          <SkipLink />
        </Page>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
