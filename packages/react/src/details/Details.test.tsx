import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Details } from './Details.js';

describe('Details', () => {
  // Enter and Space on a summary are the browser's own activation, which jsdom and synthetic
  // key events do not run; here the summary is reached by Tab and activated by click.
  it.each(locales)('in %s is reached by Tab and opens and closes on activation', async (locale) => {
    const user = userEvent.setup();
    const ref = createRef<HTMLDetailsElement>();
    renderIn(
      locale,
      <Details ref={ref} summary="Hvordan bruker vi innspillet?">
        Vi leser alt.
      </Details>,
    );
    const details = ref.current as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await user.tab();
    const summary = screen.getByText('Hvordan bruker vi innspillet?').closest('summary');
    expect(summary).toHaveFocus();
    await user.click(summary as HTMLElement);
    expect(details.open).toBe(true);
    expect(screen.getByText('Vi leser alt.')).toBeVisible();
    await user.click(summary as HTMLElement);
    expect(details.open).toBe(false);
    await user.click(summary as HTMLElement);
    expect(screen.getByText('Vi leser alt.')).toBeVisible();
  });

  it('passes open and onToggle through', async () => {
    const onToggle = vi.fn();
    renderIn(
      'en',
      <Details open summary="More" onToggle={onToggle}>
        Text
      </Details>,
    );
    expect(screen.getByText('Text')).toBeVisible();
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <Details summary="Mer">Tekst</Details>
          <Details summary="Open" open>
            Tekst
          </Details>
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
