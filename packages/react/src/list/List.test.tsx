import { screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { List } from './List.js';

describe('List', () => {
  it('is a bulleted list of its items', () => {
    renderIn(
      'nb',
      <List>
        <li>Barnehage</li>
        <li>Skole</li>
      </List>,
    );
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('UL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
  });

  it('ordered is a numbered list with a start, forwarding its ref', () => {
    const ref = createRef<HTMLOListElement | HTMLUListElement>();
    renderIn(
      'en',
      <List ref={ref} ordered start={3} size="lg" aria-label="Steps">
        <li>Write</li>
      </List>,
    );
    const list = screen.getByRole('list', { name: 'Steps' });
    expect(list.tagName).toBe('OL');
    expect(list).toHaveAttribute('start', '3');
    expect(ref.current).toBe(list);
  });

  it('plain is still a list of its items, without markers or indent', () => {
    renderIn(
      'nn',
      <List plain>
        <li>Personvern</li>
        <li>Informasjonskapslar</li>
      </List>,
    );
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(list).toHaveStyle({ listStyleType: 'none', paddingInlineStart: '0px' });
  });

  it('has no axe violations in any language', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <List ordered>
            <li>En</li>
            <li>To</li>
          </List>
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
