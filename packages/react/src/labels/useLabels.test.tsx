import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderIn } from '../../../../test/render.js';
import { type LabelOverrides, useLabels } from './useLabels.js';

const keys = {
  count: 'comments.thread.count',
  empty: 'comments.thread.empty',
} as const;

function Probe({ count, labels }: { count: number; labels?: LabelOverrides<keyof typeof keys> }) {
  const label = useLabels(keys, labels);
  return (
    <p>
      <span data-testid="count">{label('count', { count })}</span>
      <span data-testid="empty">{label('empty')}</span>
    </p>
  );
}

describe('useLabels', () => {
  it.each([
    ['nb', 1, '1 kommentar'],
    ['nb', 3, '3 kommentarer'],
    ['nn', 1, '1 kommentar'],
    ['nn', 3, '3 kommentarar'],
    ['en', 1, '1 comment'],
    ['en', 3, '3 comments'],
  ] as const)('in %s picks the plural form for count %i: "%s"', (locale, count, text) => {
    renderIn(locale, <Probe count={count} />);
    expect(screen.getByTestId('count')).toHaveTextContent(text);
  });

  it('the labels prop wins over the provider translations, which win over the resources', () => {
    renderIn('nn', <Probe count={2} labels={{ count: '{{count}} innspel' }} />, {
      translations: { nn: { comments: { thread: { empty: 'Ingen innspel enno.' } } } },
    });
    expect(screen.getByTestId('count')).toHaveTextContent('2 innspel');
    expect(screen.getByTestId('empty')).toHaveTextContent('Ingen innspel enno.');
  });

  it('a function override receives the values, so a host can keep its own plural forms', () => {
    renderIn(
      'en',
      <Probe count={1} labels={{ count: ({ count }) => (count === 1 ? 'one note' : 'notes') }} />,
    );
    expect(screen.getByTestId('count')).toHaveTextContent('one note');
  });

  it('an override leaves unknown placeholders and prototype names alone', () => {
    renderIn('en', <Probe count={4} labels={{ count: '{{count}} of {{constructor}}' }} />);
    expect(screen.getByTestId('count')).toHaveTextContent('4 of {{constructor}}');
  });
});
