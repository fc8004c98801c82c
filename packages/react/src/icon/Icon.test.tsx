import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Icon, iconNames } from './Icon.js';

describe('Icon', () => {
  it.each(iconNames)('draws "%s" hidden from screen readers and out of the tab order', (name) => {
    const { container } = render(<Icon name={name} />);
    const svg = container.querySelector('svg');
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg).toHaveAttribute('focusable', 'false');
    expect(svg?.querySelector('path, circle')).not.toBeNull();
  });

  it('passes size and data attributes through to the svg', () => {
    const { container } = render(<Icon name="close" width={20} height={20} data-back="" />);
    const svg = container.querySelector('svg');
    expect(svg).toHaveAttribute('width', '20');
    expect(svg).toHaveAttribute('data-back', '');
    expect(svg).toHaveAttribute('data-sk-icon', 'close');
  });
});
