import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { renderIn } from '../../../../../test/render.js';
import { type ProgressMilestone, ProgressTimeline } from './ProgressTimeline.js';

const rejectedIdea: ProgressMilestone[] = [
  { id: 'in', status: 'received', date: '2026-03-02' },
  { id: 'eval', status: 'under-evaluation', date: '2026-03-20', decidedBy: 'Bymiljøetaten' },
  {
    id: 'no',
    status: 'rejected',
    date: '2026-05-11',
    decidedBy: 'Bystyret',
    reason: 'Gata er for smal til sykkelfelt på begge sider.',
  },
];

const running: ProgressMilestone[] = [
  { id: 'p', status: 'identifying-problems', date: '2025-01-15' },
  { id: 'i', status: 'generating-ideas', date: '2025-04-01' },
  { id: 'd', status: 'developing-proposals' },
  { id: 'm', status: 'implementing' },
];

describe('ProgressTimeline', () => {
  it.each([
    ['nb', 'Slik har saken gått', 'Her er saken nå', 'Begrunnelse', 'Avgjort av'],
    ['nn', 'Slik har saka gått', 'Her er saka no', 'Grunngiving', 'Avgjort av'],
    ['en', 'Progress so far', 'Current step', 'Reason', 'Decided by'],
  ] as const)(
    'in %s lists the steps in order under a heading, with who decided and why',
    (locale, heading, current, reason, decidedBy) => {
      renderIn(locale, <ProgressTimeline milestones={rejectedIdea} />);
      const region = screen.getByRole('region', { name: heading });
      const list = within(region).getByRole('list');
      expect(list.tagName).toBe('OL');
      const items = within(list).getAllByRole('listitem');
      expect(items).toHaveLength(3);
      expect(items[2]).toHaveAttribute('aria-current', 'step');
      expect(items[2]).toHaveTextContent(current);
      const step = within(items[2] as HTMLElement);
      expect(step.getByText(reason).tagName).toBe('DT');
      expect(step.getByText(reason).nextElementSibling).toHaveTextContent(/^Gata er for smal/);
      expect(step.getByText(decidedBy).nextElementSibling).toHaveTextContent('Bystyret');
      expect(items[0]).not.toHaveAttribute('aria-current');
    },
  );

  it('puts each date in a <time> with a machine-readable value', () => {
    const { container } = renderIn('nb', <ProgressTimeline milestones={rejectedIdea} />);
    const times = [...container.querySelectorAll('time')];
    expect(times.map((t) => t.getAttribute('datetime'))).toEqual([
      '2026-03-02',
      '2026-03-20',
      '2026-05-11',
    ]);
    expect(times[2]).toHaveTextContent('11. mai 2026');
  });

  it('makes the last dated step current by default and marks later ones as not reached', () => {
    renderIn('nn', <ProgressTimeline milestones={running} />);
    const items = screen.getAllByRole('listitem');
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    expect(items[2]).toHaveTextContent('Ikkje nådd enno');
    expect(items[3]).toHaveTextContent('Ikkje nådd enno');
    expect(items[0]).not.toHaveTextContent('Ikkje nådd enno');
  });

  it('takes the current step by id', () => {
    renderIn('en', <ProgressTimeline milestones={running} current="p" />);
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveAttribute('aria-current', 'step');
    expect(items[1]).toHaveTextContent('Not reached yet');
  });

  it('says so when there are no steps', () => {
    renderIn('nn', <ProgressTimeline milestones={[]} />);
    expect(screen.getByText('Ingen steg er registrerte enno.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('renders malformed steps sanely instead of throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const junk = [
      null,
      42,
      { status: 'bogus', date: 'not a date', decidedBy: 7, reason: { a: 1 } },
      { status: 'accepted', date: '2026-01-01', language: 12 },
    ] as unknown as ProgressMilestone[];
    renderIn('en', <ProgressTimeline milestones={junk} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Unknown status');
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    renderIn('en', <ProgressTimeline milestones={'nope' as unknown as ProgressMilestone[]} />);
    expect(screen.getByText('No steps recorded yet.')).toBeInTheDocument();
    warn.mockRestore();
  });

  it('marks free text in another language with lang', () => {
    renderIn(
      'en',
      <ProgressTimeline
        milestones={[{ ...rejectedIdea[2], language: 'nb' } as ProgressMilestone]}
      />,
    );
    expect(screen.getByText('Bystyret')).toHaveAttribute('lang', 'nb');
  });

  it('has no axe violations', async () => {
    const { container } = renderIn('nb', <ProgressTimeline milestones={rejectedIdea} />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
