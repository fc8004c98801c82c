import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announce, ensureLiveRegions, MODAL_ATTRIBUTE } from './announce.js';

describe('announce', () => {
  afterEach(() => vi.useRealTimers());

  it('has no side effect at import time: the host appears on first use', async () => {
    vi.resetModules();
    for (const el of document.querySelectorAll('[data-samskap-live]')) el.remove();
    await import('./announce.js');
    expect(document.querySelector('[data-samskap-live]')).toBeNull();
  });

  it('reads a polite message through one shared status region', async () => {
    announce('Kommentaren er sendt');
    announce('Lagret', { politeness: 'polite' });
    expect(document.querySelectorAll('[data-samskap-live]')).toHaveLength(1);
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Lagret'));
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveAttribute('aria-atomic', 'true');
  });

  it('reads an assertive message through the alert region, with its language', async () => {
    announce('Økta di går ut om eitt minutt', { politeness: 'assertive', lang: 'nn-NO' });
    const alert = screen.getByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('Økta di går ut om eitt minutt'));
    expect(alert).toHaveAttribute('lang', 'nn-NO');
    expect(alert).toHaveAttribute('aria-live', 'assertive');
  });

  it('empties the region before repeating a message, and clears it later', () => {
    vi.useFakeTimers();
    const host = ensureLiveRegions();
    const status = host?.querySelector('[data-politeness="polite"]');
    announce('Lagret');
    vi.advanceTimersByTime(60);
    expect(status).toHaveTextContent('Lagret');
    announce('Lagret');
    expect(status).toHaveTextContent('');
    vi.advanceTimersByTime(60);
    expect(status).toHaveTextContent('Lagret');
    vi.advanceTimersByTime(8000);
    expect(status).toHaveTextContent('');
  });

  it('with a delay reads only the last of quick messages, once the person pauses', () => {
    vi.useFakeTimers();
    const status = ensureLiveRegions()?.querySelector('[data-politeness="polite"]');
    announce('Du har 3 tegn igjen', { delay: 500 });
    vi.advanceTimersByTime(300);
    announce('Du har 2 tegn igjen', { delay: 500 });
    vi.advanceTimersByTime(300);
    expect(status).toHaveTextContent('');
    vi.advanceTimersByTime(300);
    expect(status).toHaveTextContent('Du har 2 tegn igjen');
  });

  it('reads a message given as a function when the delay is over, and its cancel drops it', () => {
    vi.useFakeTimers();
    const status = ensureLiveRegions()?.querySelector('[data-politeness="polite"]');
    let count = 1;
    announce(() => `${count} treff`, { delay: 200 });
    count = 4;
    vi.advanceTimersByTime(300);
    expect(status).toHaveTextContent('4 treff');
    const cancel = announce('5 treff', { delay: 200 });
    cancel();
    vi.advanceTimersByTime(8000);
    expect(status).toHaveTextContent('');
  });

  it('reads a message from inside an open modal dialog, where screen readers still listen', async () => {
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    dialog.setAttribute(MODAL_ATTRIBUTE, '');
    document.body.appendChild(dialog);
    try {
      announce('Rapporten er sendt');
      await waitFor(() =>
        expect(within(dialog).getByRole('status')).toHaveTextContent('Rapporten er sendt'),
      );
      dialog.removeAttribute('open');
      announce('Lagret');
      const outside = ensureLiveRegions()?.querySelector('[data-politeness="polite"]');
      await waitFor(() => expect(outside).toHaveTextContent('Lagret'));
    } finally {
      dialog.remove();
    }
  });
});
