import { Button } from '@samskap/react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type FormEvent, useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderIn } from '../../../../test/render.js';
import { TipForm } from '../tips/tip-form/TipForm.js';
import {
  type FormDraftLabel,
  type FormMessageLabel,
  FormMessages,
  splitFormProps,
} from './FormParts.js';
import { takeChoice } from './submitter.js';
import type { FormStatus } from './useForm.js';

const words: Record<FormMessageLabel | FormDraftLabel, string> = {
  trapped: 'Innspelet vart ikkje sendt.',
  failedTitle: 'Innspelet vart ikkje sendt',
  failedBody: 'Teksten er framleis her.',
  retry: 'Prøv igjen',
  draftRestored: 'Vi fann eit utkast.',
  discardDraft: 'Slett utkastet',
  draftDiscarded: 'Utkastet er sletta.',
};

function Probe({ status, draftRestored = false }: { status: FormStatus; draftRestored?: boolean }) {
  const submitButton = useRef<HTMLButtonElement>(null);
  return (
    <form aria-label="Innspel">
      <FormMessages
        form={{
          status,
          attempt: 0,
          draftRestored,
          discardDraft: probe.discard,
          submit: probe.submit,
        }}
        labels={words}
        draftField="body"
        errors={[]}
        headingLevel={3}
        submitButton={submitButton}
      />
      <textarea id="body" aria-label="Tekst" />
      <Button ref={submitButton} type="submit">
        Send
      </Button>
    </form>
  );
}
const probe = { discard: vi.fn(), submit: vi.fn(async () => {}) };

describe('FormMessages', () => {
  it('says when the spam trap caught a send, as a message and not an alarm', () => {
    renderIn('nn', <Probe status="trapped" />);
    // A status, read when the reader pauses: it may be a person's autofill, not an attack.
    expect(screen.getByRole('status')).toHaveTextContent(words.trapped);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(words.failedTitle)).toBeNull();
  });

  it('after a failed send, "try again" moves focus to the submit button and sends again', async () => {
    const user = userEvent.setup();
    probe.submit.mockClear();
    renderIn('nn', <Probe status="failed" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(words.failedTitle);
    expect(alert).toHaveTextContent(words.failedBody);
    await user.click(screen.getByRole('button', { name: words.retry }));
    expect(screen.getByRole('button', { name: 'Send' })).toHaveFocus();
    expect(probe.submit).toHaveBeenCalledTimes(1);
  });

  it('offers to delete a restored draft, then puts focus in the field the draft was in', async () => {
    const user = userEvent.setup();
    probe.discard.mockClear();
    renderIn('nn', <Probe status="idle" draftRestored />);
    expect(screen.getByText(words.draftRestored)).toBeVisible();
    await user.click(screen.getByRole('button', { name: words.discardDraft }));
    expect(probe.discard).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('textbox', { name: 'Tekst' })).toHaveFocus();
  });
});

describe('the shared form parts', () => {
  it('say a form’s own words: its labels prop reaches the messages, the trap and the button', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => {
      throw new Error('nett');
    });
    renderIn(
      'nn',
      <TipForm
        onSubmit={onSubmit}
        labels={{ failedTitle: 'Tipset kom ikkje fram', submit: 'Send tipset', honeypot: 'Tomt' }}
      />,
    );
    await user.type(
      screen.getByRole('textbox', { name: /Kva vil du fortelje oss/ }),
      'Vegen er stengd',
    );
    await user.click(screen.getByRole('button', { name: 'Send tipset' }));
    expect(await screen.findByText('Tipset kom ikkje fram')).toBeVisible();
    expect(document.querySelector('input[name="website"]')).toHaveAccessibleName('Tomt');
  });

  it('splitFormProps keeps the shared props apart, with heading level 2 unless given', () => {
    const onSubmit = async () => undefined;
    const [shared, own] = splitFormProps({ onSubmit, labels: {}, id: 'x', method: 'post' });
    expect(shared).toEqual({ onSubmit, labels: {}, headingLevel: 2 });
    expect(own).toEqual({ id: 'x', method: 'post' });
    expect(splitFormProps({ onSubmit, headingLevel: 3 })[0].headingLevel).toBe(3);
  });

  it('takeChoice stops the post only for an answer it knows', () => {
    const form = document.createElement('form');
    const button = document.createElement('button');
    button.value = 'yes';
    form.append(button);
    const event = (submitter: HTMLElement) =>
      ({
        nativeEvent: { submitter },
        preventDefault: vi.fn(),
      }) as unknown as FormEvent<HTMLFormElement>;
    const known = event(button);
    expect(takeChoice(known, ['yes', 'no'])).toBe('yes');
    expect(known.preventDefault).toHaveBeenCalled();
    button.value = 'maybe';
    const unknown = event(button);
    expect(takeChoice(unknown, ['yes', 'no'])).toBeUndefined();
    expect(unknown.preventDefault).not.toHaveBeenCalled();
  });
});
