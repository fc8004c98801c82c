import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HiddenField } from './HiddenField.js';

describe('HiddenField', () => {
  it('posts its name and value with the form, and shows nothing a person can reach', () => {
    const { container } = render(
      <form>
        <HiddenField name="parentId" value="c-42" />
      </form>,
    );
    const form = container.querySelector('form') as HTMLFormElement;
    expect(new FormData(form).get('parentId')).toBe('c-42');
    const input = form.querySelector('input') as HTMLInputElement;
    expect(input.type).toBe('hidden');
    // A hidden input is neither focusable nor in the accessibility tree.
    input.focus();
    expect(document.activeElement).not.toBe(input);
  });

  it('keeps type="hidden" even if a caller passes another type', () => {
    const props = { type: 'text' } as unknown as Record<string, never>;
    const { container } = render(<HiddenField name="stance" value="for" {...props} />);
    expect(container.querySelector('input')?.type).toBe('hidden');
  });
});
