import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useControllableState } from './useControllableState.js';

function Counter({
  value,
  defaultValue = 0,
  onChange,
}: {
  value?: number;
  defaultValue?: number;
  onChange?: (n: number) => void;
}) {
  const [count, setCount] = useControllableState(value, defaultValue, onChange);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {`Count ${count}`}
    </button>
  );
}

function Host() {
  const [n, setN] = useState(10);
  return <Counter value={n} onChange={setN} />;
}

describe('useControllableState', () => {
  it('holds its own state from the default value when the host does not, and reports changes', async () => {
    const onChange = vi.fn();
    render(<Counter defaultValue={2} onChange={onChange} />);
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveTextContent('Count 3');
    expect(onChange).toHaveBeenCalledWith(3);
  });

  it('shows the host value and does not change it on its own when the host holds it', async () => {
    const onChange = vi.fn();
    render(<Counter value={5} onChange={onChange} />);
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveTextContent('Count 5');
    expect(onChange).toHaveBeenCalledWith(6);
  });

  it('follows the host value as the host updates it', async () => {
    render(<Host />);
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveTextContent('Count 11');
  });
});
