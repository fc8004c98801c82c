import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { renderIn } from '../../../../test/render.js';
import { ToggleButton } from './ToggleButton.js';
import { ToggleGroup } from './ToggleGroup.js';

describe('ToggleButton', () => {
  it('is a button that says whether it is pressed, and toggles by mouse and keyboard', async () => {
    const user = userEvent.setup();
    const onPressedChange = vi.fn();
    renderIn('nb', <ToggleButton onPressedChange={onPressedChange}>Følg saken</ToggleButton>);
    const button = screen.getByRole('button', { name: 'Følg saken' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(onPressedChange).toHaveBeenLastCalledWith(true);
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows the pressed state with a check mark as well as colour, and keeps its name', async () => {
    const user = userEvent.setup();
    renderIn('nb', <ToggleButton>Følg saken</ToggleButton>);
    const button = screen.getByRole('button', { name: 'Følg saken' });
    expect(button.querySelector('svg[data-sk-icon="check"]')).toBeNull();
    await user.click(button);
    expect(button.querySelector('svg[data-sk-icon="check"]')).not.toBeNull();
    expect(button).toHaveAccessibleName('Følg saken');
  });

  it('follows the host when the host holds the state', async () => {
    const user = userEvent.setup();
    const onPressedChange = vi.fn();
    renderIn(
      'nb',
      <ToggleButton pressed onPressedChange={onPressedChange}>
        Følg saken
      </ToggleButton>,
    );
    const button = screen.getByRole('button');
    await user.click(button);
    expect(onPressedChange).toHaveBeenCalledWith(false);
    expect(button).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('ToggleGroup', () => {
  it('is a named group in which exactly one button is pressed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = renderIn(
      'nb',
      <ToggleGroup label="Visning" defaultValue="grid" onChange={onChange}>
        <ToggleButton value="grid">Rutenett</ToggleButton>
        <ToggleButton value="list">Liste</ToggleButton>
      </ToggleGroup>,
    );
    expect(screen.getByRole('group', { name: 'Visning' })).toBeInTheDocument();
    const grid = screen.getByRole('button', { name: 'Rutenett' });
    const list = screen.getByRole('button', { name: 'Liste' });
    expect(grid).toHaveAttribute('aria-pressed', 'true');
    await user.click(list);
    expect(onChange).toHaveBeenCalledWith('list');
    expect(list).toHaveAttribute('aria-pressed', 'true');
    expect(grid).toHaveAttribute('aria-pressed', 'false');
    expect(await axe(container)).toHaveNoViolations();
  });
});
