import { Button } from '@samskap/react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderIn } from '../../../../test/render.js';
import { type FormDraftLabel, type FormMessageLabel, FormMessages } from './FormParts.js';
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
