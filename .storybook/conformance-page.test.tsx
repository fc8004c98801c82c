import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConformanceOverview } from './Conformance';

// The Conformance page (docs/Conformance.mdx) as a reader sees it, in bokmål (the page's
// language when no toolbar global is set).
describe('the Conformance page', () => {
  it('lists components against 1.4.4 and 1.4.12, shown by the zoom and text-spacing checks', () => {
    render(<ConformanceOverview />);
    const byCriterion = screen.getAllByRole('table')[0] as HTMLElement;
    for (const id of ['1.4.4', '1.4.12']) {
      const row = within(byCriterion).getByRole('rowheader', { name: id }).closest('tr');
      expect(row).not.toHaveTextContent('Ingen komponent tar seg av dette');
      expect(row).toHaveTextContent(/Button/);
      expect(row).toHaveTextContent(/CommentThread/);
    }
    expect(screen.getAllByText(/sjekk: 200 % zoom, alle historier/).length).toBeGreaterThan(30);
    expect(
      screen.getAllByText(/sjekk: tekstavstand etter WCAG 1\.4\.12, alle historier/).length,
    ).toBeGreaterThan(30);
  });
});
