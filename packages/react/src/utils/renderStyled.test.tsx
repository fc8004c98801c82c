import { render, screen } from '@testing-library/react';
import { createRef, forwardRef } from 'react';
import { styled } from 'styled-components';
import { describe, expect, it } from 'vitest';
import { renderIn } from '../../../../test/render.js';
import { CardLink } from '../card/Card.js';
import { renderStyled } from './renderStyled.js';

const Box = styled.section`
  padding: 1px;
`;

const Panel = forwardRef<HTMLElement, { label: string }>(function Panel({ label }, ref) {
  return renderStyled(Box, { 'aria-label': label, 'data-kind': 'panel' }, ref);
});

function Plain(props: { id: string }) {
  return <p {...props}>Tekst</p>;
}

describe('renderStyled', () => {
  it("renders the styled component's element with its class, props and ref", () => {
    const ref = createRef<HTMLElement>();
    render(<Panel ref={ref} label="Filter" />);
    const region = screen.getByRole('region', { name: 'Filter' });
    expect(ref.current).toBe(region);
    expect(region).toHaveAttribute('data-kind', 'panel');
    expect(region).toHaveStyle({ padding: '1px' });
  });

  it('renders a component that is not a forwardRef as an element', () => {
    render(<div>{renderStyled(Plain, { id: 'p' }, undefined)}</div>);
    expect(screen.getByText('Tekst')).toHaveAttribute('id', 'p');
  });

  // CardLink picks one of two styled components by its props, rendering either through
  // renderStyled; a change of props from one to the other must give the new element, with the
  // ref on it, and back.
  it('lets a primitive switch between styled components from one render to the next', () => {
    const ref = createRef<HTMLAnchorElement>();
    const { rerender } = renderIn(
      'nb',
      <CardLink ref={ref} href="/saker/1">
        Sak
      </CardLink>,
    );
    expect(screen.getByRole('link', { name: 'Sak' })).toBe(ref.current);
    rerender(
      <CardLink ref={ref} href="/saker/1" target="_blank">
        Sak
      </CardLink>,
    );
    const newTab = screen.getByRole('link', { name: 'Sak (åpner i ny fane)' });
    expect(newTab).toHaveAttribute('rel', 'noopener noreferrer');
    expect(ref.current).toBe(newTab);
    rerender(<CardLink href="/saker/2">Sak</CardLink>);
    expect(screen.getByRole('link', { name: 'Sak' })).toHaveAttribute('href', '/saker/2');
  });
});
