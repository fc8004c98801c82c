import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from '../../../../test/axe.js';
import { locales, renderIn } from '../../../../test/render.js';
import { Textarea } from './Textarea.js';

function liveStatus(): HTMLElement {
  return screen.getByRole('status');
}

function Controlled() {
  const [value, setValue] = useState('👍🏽');
  return (
    <Textarea
      label="Reaksjon"
      characterLimit={5}
      value={value}
      onChange={(e) => setValue(e.target.value)}
    />
  );
}

describe('Textarea', () => {
  it('is a multi-line textbox named by its label, with its ref and native props', async () => {
    const user = userEvent.setup();
    const ref = createRef<HTMLTextAreaElement>();
    renderIn('nb', <Textarea ref={ref} label="Kommentar" name="kommentar" optional />);
    const box = screen.getByRole('textbox', { name: 'Kommentar (valgfritt)' });
    expect(ref.current).toBe(box);
    expect(box.tagName).toBe('TEXTAREA');
    expect(box).toHaveAttribute('rows', '5');
    await user.tab();
    expect(box).toHaveFocus();
    await user.keyboard('Hei{Enter}på deg');
    expect(box).toHaveValue('Hei\npå deg');
  });

  it.each([
    [
      'nb',
      'Du kan skrive opptil 10 tegn',
      'Du har 1 tegn igjen',
      'Du har 2 tegn for mye',
      'Feil: Du har 2 tegn for mye',
    ],
    [
      'nn',
      'Du kan skrive opptil 10 teikn',
      'Du har 1 teikn att',
      'Du har 2 teikn for mykje',
      'Feil: Du har 2 teikn for mykje',
    ],
    [
      'en',
      'You can enter up to 10 characters',
      'You have 1 character remaining',
      'You have 2 characters too many',
      'Error: You have 2 characters too many',
    ],
  ] as const)(
    'in %s counts characters, has no hard limit and is invalid over it',
    async (locale, limit, remaining, over, overError) => {
      const user = userEvent.setup();
      renderIn(locale, <Textarea label="Tittel" characterLimit={10} />);
      const box = screen.getByRole('textbox', { name: 'Tittel' });
      expect(box).not.toHaveAttribute('maxlength');
      expect(box).toHaveAccessibleDescription(limit);
      await user.type(box, '123456789');
      const visible = screen.getByText(remaining);
      expect(visible.closest('[aria-hidden="true"]')).not.toBeNull();
      expect(box).not.toHaveAttribute('aria-invalid');
      await user.type(box, '012');
      expect(box).toHaveValue('123456789012');
      expect(screen.getByText(over)).toBeVisible();
      expect(box).toHaveAttribute('aria-invalid', 'true');
      expect(box).toHaveAccessibleDescription(`${limit} ${overError}`);
    },
  );

  it('announces the count once, politely, after the person pauses', async () => {
    renderIn('nn', <Textarea label="Tittel" characterLimit={20} announceDelay={300} />);
    const box = screen.getByRole('textbox', { name: 'Tittel' });
    const status = liveStatus();
    expect(status).toHaveAttribute('aria-live', 'polite');
    const heard: string[] = [];
    const observer = new MutationObserver(() => {
      if (status.textContent) heard.push(status.textContent);
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    for (const value of ['N', 'Ny', 'Ny ', 'Ny barnehage']) {
      fireEvent.change(box, { target: { value } });
    }
    // Still typing: nothing is said yet.
    expect(status).toHaveTextContent('');
    await waitFor(() => expect(status).toHaveTextContent('Du har 8 teikn att'));
    expect(status).toHaveAttribute('lang', 'nn-NO');
    observer.disconnect();
    expect(heard).toEqual(['Du har 8 teikn att']);
  });

  it('counts an emoji as one character and follows a controlled value', () => {
    renderIn('en', <Controlled />);
    // 👍🏽 is two code points: a thumb and a skin tone.
    expect(screen.getByText('You have 3 characters remaining')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: 'Reaksjon' }), {
      target: { value: 'abcdef' },
    });
    expect(screen.getByText('You have 1 character too many')).toBeInTheDocument();
  });

  it('takes overrides of the counter strings', () => {
    renderIn(
      'en',
      <Textarea
        label="Summary"
        characterLimit={3}
        defaultValue="ab"
        labels={{ remaining: (n) => `${n} left`, limit: (n) => `Max ${n}` }}
      />,
    );
    expect(screen.getByText('1 left')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveAccessibleDescription('Max 3');
  });

  it("takes the counter's strings from the provider's translations, and a text override with {{count}}", () => {
    renderIn(
      'nn',
      <>
        <Textarea label="Innspel" characterLimit={3} defaultValue="abcde" />
        <Textarea
          label="Samandrag"
          characterLimit={10}
          defaultValue="ab"
          labels={{ remaining: '{{count}} att', errorPrefix: 'Merk:' }}
        />
      </>,
      {
        translations: {
          nn: {
            textarea: { over_one: '{{count}} teikn over', over_other: '{{count}} teikn over' },
          },
        },
      },
    );
    expect(screen.getByText('2 teikn over')).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Innspel' })).toHaveAccessibleDescription(
      'Du kan skrive opptil 3 teikn Feil: 2 teikn over',
    );
    expect(screen.getByText('8 att')).toBeVisible();
  });

  it('shows an error given to it and links it', () => {
    renderIn(
      'nb',
      <Textarea label="Forslag" description="Hva vil du endre?" error="Skriv forslaget ditt" />,
    );
    const box = screen.getByRole('textbox', { name: 'Forslag' });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('Hva vil du endre? Feil: Skriv forslaget ditt');
  });

  it('has no axe violations in any language, over the limit too', async () => {
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <main>
          <Textarea label="Forslag" required characterLimit={5} defaultValue="for langt" />
          <Textarea label="Notat" disabled />
        </main>,
      );
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  });
});
