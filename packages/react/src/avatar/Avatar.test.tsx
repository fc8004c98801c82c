import { fireEvent, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Avatar, initialsOf } from './Avatar.js';

describe('initialsOf', () => {
  it.each([
    ['Kari Nordmann', 'KN'],
    ['Ola Johan Nordmann', 'ON'],
    ['  åse   øvrebø ', 'ÅØ'],
    ['Kommunen', 'K'],
    ['', ''],
    ['😀 Smil', '😀S'],
  ])('%j gives %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('Avatar', () => {
  it.each(locales)('in %s shows initials, named by the person', (locale) => {
    renderIn(locale, <Avatar name="Kari Nordmann" />);
    const avatar = screen.getByRole('img', { name: 'Kari Nordmann' });
    expect(avatar).toHaveTextContent('KN');
  });

  it('shows the picture while it loads, and the initials when it fails', () => {
    renderIn('nb', <Avatar name="Kari Nordmann" src="https://example.org/kari.jpg" />);
    const avatar = screen.getByRole('img', { name: 'Kari Nordmann' });
    const img = avatar.querySelector('img');
    expect(img).toHaveAttribute('src', 'https://example.org/kari.jpg');
    fireEvent.error(img as HTMLImageElement);
    expect(avatar.querySelector('img')).toBeNull();
    expect(avatar).toHaveTextContent('KN');
  });

  it.each(['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>'])(
    'refuses the unsafe src %j and shows initials',
    (src) => {
      renderIn('en', <Avatar name="Ola" src={src} />);
      const avatar = screen.getByRole('img', { name: 'Ola' });
      expect(avatar.querySelector('img')).toBeNull();
      expect(avatar).toHaveTextContent('O');
    },
  );

  it('decorative is hidden from screen readers; props and ref pass through', () => {
    const ref = createRef<HTMLSpanElement>();
    renderIn('nn', <Avatar ref={ref} name="Kari" decorative size="lg" data-testid="a" />);
    expect(screen.queryByRole('img')).toBeNull();
    const avatar = screen.getByTestId('a');
    expect(ref.current).toBe(avatar);
    expect(avatar).toHaveAttribute('aria-hidden', 'true');
    expect(avatar).toHaveAttribute('data-size', 'lg');
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <Avatar name="Kari Nordmann" />
          <Avatar name="Ola" src="https://example.org/ola.jpg" />
          <p>
            <Avatar name="Per" decorative /> Per
          </p>
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
