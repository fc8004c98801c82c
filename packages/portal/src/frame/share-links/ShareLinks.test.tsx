import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { locales, renderIn } from '../../../../../test/render.js';
import { ShareLinks } from './ShareLinks.js';

const url = 'https://samskap.example/saker/42';
const liveText = () => document.querySelector('[data-politeness="polite"]')?.textContent ?? '';

describe('ShareLinks', () => {
  it.each([
    ['nb', 'Del denne siden', 'Send på e-post', 'Kopier lenken', 'Lenken er kopiert.'],
    ['nn', 'Del denne sida', 'Send på e-post', 'Kopier lenkja', 'Lenkja er kopiert.'],
    ['en', 'Share this page', 'Send by email', 'Copy link', 'Link copied.'],
  ] as const)(
    'in %s offers an email link and copies the link with an announcement',
    async (locale, heading, email, copy, copied) => {
      const user = userEvent.setup();
      const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
      renderIn(locale, <ShareLinks url={url} title="Ny barnehage" />);
      expect(screen.getByRole('region', { name: heading })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: email })).toHaveAttribute(
        'href',
        `mailto:?subject=Ny%20barnehage&body=${encodeURIComponent(url)}`,
      );
      await user.click(screen.getByRole('button', { name: copy }));
      expect(writeText).toHaveBeenCalledWith(url);
      await waitFor(() => expect(liveText()).toBe(copied));
      writeText.mockRestore();
    },
  );

  it('shows the address selected in a read-only field when the clipboard is refused', async () => {
    const user = userEvent.setup();
    const writeText = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockRejectedValue(new Error('denied'));
    renderIn('nn', <ShareLinks url={url} />);
    await user.click(screen.getByRole('button', { name: 'Kopier lenkja' }));
    const field = await screen.findByRole('textbox', { name: 'Lenkje til sida' });
    expect(field).toHaveValue(url);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription(/Vi fekk ikkje kopiert lenkja/);
    writeText.mockRestore();
  });

  it('passes configured links through safeUrl and renders nothing for an unsafe page URL', () => {
    const { unmount } = renderIn(
      'en',
      <ShareLinks
        url={url}
        links={[
          { label: 'Intranet', href: 'https://intra.example/share' },
          { label: 'Bad', href: 'javascript:alert(1)' },
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Intranet' })).toHaveAttribute(
      'href',
      'https://intra.example/share',
    );
    expect(screen.queryByRole('link', { name: 'Bad' })).toBeNull();
    unmount();
    renderIn('en', <ShareLinks url="javascript:alert(1)" />);
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(locale, <ShareLinks url={url} />);
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
