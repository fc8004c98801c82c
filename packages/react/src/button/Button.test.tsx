import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Button } from './Button.js';

describe('Button', () => {
  it('is a button named by its text that runs onClick from mouse and keyboard', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    renderIn('nb', <Button onClick={onClick}>Send inn</Button>);
    const button = screen.getByRole('button', { name: 'Send inn' });
    expect(button).toHaveAttribute('type', 'button');
    await user.click(button);
    await user.tab();
    await user.tab({ shift: true });
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(3);
  });

  it.each([
    ['nb', 'Lagre Laster inn …'],
    ['nn', 'Lagre Lastar inn …'],
    ['en', 'Lagre Loading…'],
  ] as const)(
    'while loading in %s it is busy, says so, keeps focus and ignores clicks',
    async (locale, name) => {
      const user = userEvent.setup();
      const onClick = vi.fn();
      renderIn(
        locale,
        <Button loading onClick={onClick}>
          Lagre
        </Button>,
      );
      const button = screen.getByRole('button', { name });
      expect(button).toHaveAttribute('aria-busy', 'true');
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).not.toBeDisabled();
      await user.click(button);
      expect(onClick).not.toHaveBeenCalled();
    },
  );

  it('lets labels override the built-in loading text', () => {
    renderIn(
      'nn',
      <Button loading labels={{ loading: 'Sender …' }}>
        Send
      </Button>,
    );
    expect(screen.getByRole('button', { name: 'Send Sender …' })).toBeInTheDocument();
  });

  it('sets variant and size as data attributes, passes native props and forwards its ref', () => {
    const ref = createRef<HTMLButtonElement>();
    renderIn(
      'en',
      <Button ref={ref} variant="danger" size="sm" type="submit" data-testid="b" name="x">
        Delete
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Delete' });
    expect(ref.current).toBe(button);
    expect(button).toHaveAttribute('data-variant', 'danger');
    expect(button).toHaveAttribute('data-size', 'sm');
    expect(button).toHaveAttribute('type', 'submit');
    expect(button).toHaveAttribute('name', 'x');
  });

  it('an icon-only button is named by its aria-label', () => {
    renderIn('en', <Button icon={<svg aria-hidden="true" />} aria-label="Close" />);
    expect(screen.getByRole('button', { name: 'Close' })).toHaveAttribute('data-icon-only', 'true');
  });

  it.each([
    ['nb', 'Lukk Laster inn …'],
    ['nn', 'Lukk Lastar inn …'],
    ['en', 'Lukk Loading…'],
  ] as const)('an icon-only button says it is loading in %s', (locale, name) => {
    renderIn(locale, <Button loading icon={<svg aria-hidden="true" />} aria-label="Lukk" />);
    expect(screen.getByRole('button', { name })).toHaveAttribute('aria-busy', 'true');
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(locale, <Button loading>OK</Button>);
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
