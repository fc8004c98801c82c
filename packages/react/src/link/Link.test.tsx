import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Link } from './Link.js';

describe('Link', () => {
  it('is a link named by its text, reachable and followed from the keyboard', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    const ref = createRef<HTMLAnchorElement>();
    renderIn(
      'nb',
      <Link ref={ref} href="/saker/1" onClick={onClick}>
        Les om saka
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'Les om saka' });
    expect(ref.current).toBe(link);
    expect(link).toHaveAttribute('href', '/saker/1');
    expect(link).not.toHaveAttribute('target');
    await user.tab();
    expect(link).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['nb', 'Regjeringen (åpner i ny fane)'],
    ['nn', 'Regjeringen (opnar i ny fane)'],
    ['en', 'Regjeringen (opens in a new tab)'],
  ] as const)('in %s a link to a new tab is named "%s"', (locale, name) => {
    renderIn(
      locale,
      <Link href="https://www.regjeringen.no" target="_blank" rel="external">
        Regjeringen
      </Link>,
    );
    const link = screen.getByRole('link', { name });
    expect(link).toHaveAttribute('rel', 'external noopener noreferrer');
  });

  it('marks links from user content nofollow ugc noopener', () => {
    renderIn(
      'nn',
      <Link href="https://example.org" ugc>
        Lenkje frå ein kommentar
      </Link>,
    );
    expect(screen.getByRole('link', { name: 'Lenkje frå ein kommentar' })).toHaveAttribute(
      'rel',
      'nofollow ugc noopener',
    );
  });

  it('lets labels override the new-tab text', () => {
    renderIn(
      'en',
      <Link href="https://example.org" target="_blank" labels={{ newTab: '(new window)' }}>
        Example
      </Link>,
    );
    expect(screen.getByRole('link', { name: 'Example (new window)' })).toBeInTheDocument();
  });

  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x'])(
    'drops the unsafe href %j and is no longer a link',
    (href) => {
      renderIn('nb', <Link href={href}>Klikk</Link>);
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.getByText('Klikk')).not.toHaveAttribute('href');
    },
  );

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <p>
            <Link href="/a">Intern</Link>{' '}
            <Link href="https://example.org" target="_blank">
              Ekstern
            </Link>
          </p>
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
