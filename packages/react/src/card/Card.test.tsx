import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Button } from '../button/Button.js';
import { Heading } from '../heading/Heading.js';
import { Card, CardLink } from './Card.js';

// Built at run time so no linter mistakes the test input for a script URL in our own markup.
const unsafeHref = ['javascript', 'alert(1)'].join(':');

function CaseLikeCard({ onFollow = vi.fn() }: { onFollow?: () => void }) {
  return (
    <Card data-testid="card">
      <Heading level={3}>
        <CardLink
          href="/saker/1"
          onClick={(e) => {
            e.preventDefault();
            onFollow();
          }}
        >
          Ny barnehage på Tøyen
        </CardLink>
      </Heading>
      <p>Kommunen vil høre fra deg.</p>
      <Button variant="secondary" onClick={() => {}}>
        Følg saka
      </Button>
    </Card>
  );
}

describe('Card', () => {
  it.each(locales)('in %s is an article with one link, on its heading', (locale) => {
    renderIn(locale, <CaseLikeCard />);
    const card = screen.getByRole('article');
    const links = within(card).getAllByRole('link');
    expect(links).toHaveLength(1);
    const heading = within(card).getByRole('heading', { level: 3, name: 'Ny barnehage på Tøyen' });
    expect(heading).toContainElement(links[0] ?? null);
    expect(links[0]).toHaveAccessibleName('Ny barnehage på Tøyen');
    expect(links[0]).toHaveAttribute('href', '/saker/1');
  });

  it('nests no interactive element inside another', () => {
    renderIn('nb', <CaseLikeCard />);
    const link = screen.getByRole('link');
    const button = screen.getByRole('button', { name: 'Følg saka' });
    expect(link).not.toContainElement(button);
    expect(button).not.toContainElement(link);
    expect(screen.getByTestId('card').closest('a, button')).toBeNull();
  });

  it('the link and then the other button are reached in order by keyboard', async () => {
    const user = userEvent.setup();
    const onFollow = vi.fn();
    renderIn('en', <CaseLikeCard onFollow={onFollow} />);
    await user.tab();
    expect(screen.getByRole('link')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onFollow).toHaveBeenCalledTimes(1);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Følg saka' })).toHaveFocus();
  });

  it('renders as another element, passes props and forwards refs', () => {
    const ref = createRef<HTMLElement>();
    const linkRef = createRef<HTMLAnchorElement>();
    renderIn(
      'nn',
      <ul>
        <Card as="li" ref={ref} variant="tinted" lang="en">
          <CardLink ref={linkRef} href={unsafeHref}>
            Unsafe
          </CardLink>
        </Card>
      </ul>,
    );
    const item = screen.getByRole('listitem');
    expect(ref.current).toBe(item);
    expect(item).toHaveAttribute('data-variant', 'tinted');
    expect(item).toHaveAttribute('lang', 'en');
    expect(linkRef.current).not.toHaveAttribute('href');
  });

  it('a card link does what Link does: rel for user content, colour, and a named new tab', () => {
    renderIn(
      'nn',
      <>
        <CardLink href="https://example.org/a" ugc rel="external external" color="neutral">
          Frå ein kommentar
        </CardLink>
        <CardLink href="https://example.org/b" rel=" external ">
          Ekstern
        </CardLink>
        <CardLink href="https://example.org/c" target="_blank">
          Regjeringen
        </CardLink>
      </>,
    );
    const ugc = screen.getByRole('link', { name: 'Frå ein kommentar' });
    expect(ugc).toHaveAttribute('rel', 'external nofollow ugc noopener');
    expect(ugc).toHaveAttribute('data-color', 'neutral');
    expect(ugc).toHaveAttribute('data-sk-card-link');
    expect(screen.getByRole('link', { name: 'Ekstern' })).toHaveAttribute('rel', 'external');
    const newTab = screen.getByRole('link', { name: 'Regjeringen (opnar i ny fane)' });
    expect(newTab).toHaveAttribute('rel', 'noopener noreferrer');
    expect(newTab).toHaveAttribute('data-sk-card-link');
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <CaseLikeCard />
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
