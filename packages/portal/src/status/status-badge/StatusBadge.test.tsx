import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { renderIn } from '../../../../../test/render.js';
import { StatusBadge } from './StatusBadge.js';

describe('StatusBadge', () => {
  it.each([
    ['nb', 'rejected', 'Status: Avslått'],
    ['nn', 'rejected', 'Status: Avslått'],
    ['en', 'rejected', 'Status: Rejected'],
    ['nb', 'under-evaluation', 'Status: Til vurdering'],
    ['nn', 'received', 'Status: Motteke'],
    ['en', 'withdrawn', 'Status: Withdrawn'],
    ['nn', 'implemented', 'Status: Sett i verk'],
    ['nb', 'accepted', 'Status: Godtatt'],
  ] as const)('in %s names %s in words: "%s"', (locale, status, text) => {
    renderIn(locale, <StatusBadge status={status} />);
    expect(
      screen.getByText(text.split(': ')[1] as string).closest('span[data-status]'),
    ).toHaveTextContent(text);
  });

  it.each([
    ['nb', 'Fase: Kartlegge problemet'],
    ['nn', 'Fase: Kartleggje problemet'],
    ['en', 'Stage: Identifying problems'],
  ] as const)('in %s calls an innovation stage a stage: "%s"', (locale, text) => {
    const { container } = renderIn(locale, <StatusBadge status="identifying-problems" />);
    expect(container.querySelector('[data-status]')).toHaveTextContent(text);
  });

  it('leaves out the spoken prefix when asked', () => {
    const { container } = renderIn('en', <StatusBadge status="accepted" spokenPrefix={false} />);
    expect(container.querySelector('[data-status]')?.textContent).toBe('Accepted');
  });

  it('shows an unknown, malformed or prototype status as "unknown" and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = renderIn(
      'nn',
      <>
        <StatusBadge status="on-hold-xyz" />
        <StatusBadge status="on-hold-xyz" />
        <StatusBadge status="constructor" />
        <StatusBadge status={null as unknown as string} />
      </>,
    );
    const badges = container.querySelectorAll('[data-status="unknown"]');
    expect(badges).toHaveLength(4);
    for (const badge of badges) expect(badge).toHaveTextContent('Status: Ukjend status');
    expect(warn.mock.calls.filter((c) => String(c[0]).includes('on-hold-xyz'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('lets a host rename a status through labels', () => {
    renderIn('nb', <StatusBadge status="accepted" labels={{ accepted: 'Tatt videre' }} />);
    expect(screen.getByText('Tatt videre')).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = renderIn('nb', <StatusBadge status="rejected" />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
