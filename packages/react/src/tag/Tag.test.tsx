import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Tag } from './Tag.js';

describe('Tag', () => {
  it('shows its text and has no button unless removable', () => {
    const ref = createRef<HTMLSpanElement>();
    renderIn(
      'nb',
      <Tag ref={ref} data-testid="tag">
        Barnehage
      </Tag>,
    );
    expect(screen.getByText('Barnehage')).toBeInTheDocument();
    expect(ref.current).toBe(screen.getByTestId('tag'));
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each([
    ['nb', 'Fjern Barnehage'],
    ['nn', 'Fjern Barnehage'],
    ['en', 'Remove Barnehage'],
  ] as const)(
    'in %s the remove button is named "%s" and works from the keyboard',
    async (locale, name) => {
      const user = userEvent.setup();
      const onRemove = vi.fn();
      renderIn(locale, <Tag onRemove={onRemove}>Barnehage</Tag>);
      await user.tab();
      const button = screen.getByRole('button', { name });
      expect(button).toHaveFocus();
      await user.keyboard('{Enter}');
      await user.keyboard(' ');
      await user.click(button);
      expect(onRemove).toHaveBeenCalledTimes(3);
    },
  );

  it('a disabled tag cannot be removed', async () => {
    const user = userEvent.setup();
    const onRemove = vi.fn();
    renderIn(
      'en',
      <Tag onRemove={onRemove} disabled labels={{ remove: 'Drop' }}>
        Klima
      </Tag>,
    );
    const button = screen.getByRole('button', { name: 'Drop Klima' });
    expect(button).toBeDisabled();
    await user.click(button);
    expect(onRemove).not.toHaveBeenCalled();
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <div>
            <Tag>Klima</Tag>
            <Tag onRemove={() => {}}>Barnehage</Tag>
          </div>
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
