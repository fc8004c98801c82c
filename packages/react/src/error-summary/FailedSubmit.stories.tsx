import type { Meta, StoryObj } from '@storybook/react-vite';
import { type FormEvent, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../button/Button.js';
import { Checkbox } from '../checkbox/Checkbox.js';
import { Radio } from '../radio-group/Radio.js';
import { RadioGroup } from '../radio-group/RadioGroup.js';
import { TextField } from '../text-field/TextField.js';
import { Textarea } from '../textarea/Textarea.js';
import { ErrorSummary, type ErrorSummaryError } from './ErrorSummary.js';

interface Answers {
  name: string;
  email: string;
  reply: string;
  proposal: string;
  accept: boolean;
}

const LIMIT = 200;

// The messages are the form's own content (the host app writes them), so they are plain
// bokmål here whatever the toolbar language; the built-in strings around them follow it.
function validate(a: Answers): Partial<Record<keyof Answers, string>> {
  const errors: Partial<Record<keyof Answers, string>> = {};
  if (!a.name.trim()) errors.name = 'Skriv inn navnet ditt';
  if (a.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a.email.trim())) {
    errors.email = 'Skriv inn en e-postadresse på formen navn@eksempel.no';
  }
  if (!a.reply) errors.reply = 'Velg hvordan du vil få svar';
  if (!a.proposal.trim()) errors.proposal = 'Skriv forslaget ditt';
  else if ([...a.proposal].length > LIMIT) errors.proposal = `Forslaget kan ha høyst ${LIMIT} tegn`;
  if (!a.accept) errors.accept = 'Du må godta retningslinjene for å sende forslaget';
  return errors;
}

// Field order on the page, which the summary follows.
const order: [keyof Answers, string][] = [
  ['name', 'fs-name'],
  ['email', 'fs-email'],
  ['reply', 'fs-reply'],
  ['proposal', 'fs-proposal'],
  ['accept', 'fs-accept'],
];

/**
 * A proposal form that validates on submit only, as GOV.UK recommends: on a failed submit the
 * error summary appears above the form and takes focus, each link focuses its field, every
 * field says its own error, and what the person wrote stays where it was.
 */
function ProposalForm() {
  const [answers, setAnswers] = useState<Answers>({
    name: '',
    email: '',
    reply: '',
    proposal: '',
    accept: false,
  });
  const [errors, setErrors] = useState<Partial<Record<keyof Answers, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState(false);
  const set = <K extends keyof Answers>(key: K, value: Answers[K]) =>
    setAnswers((a) => ({ ...a, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(answers);
    setErrors(found);
    setAttempt((n) => n + 1);
    setSent(Object.keys(found).length === 0);
  };

  const summary: ErrorSummaryError[] = order.flatMap(([key, target]) => {
    const message = errors[key];
    return message ? [{ target, message }] : [];
  });

  return (
    <div style={{ maxWidth: '36rem', display: 'grid', gap: '1.5rem' }}>
      {/* A new key per attempt, so a second failed submit takes focus again. */}
      <ErrorSummary key={attempt} errors={summary} />
      {sent ? (
        <p role="status" data-testid="sent">
          Takk, forslaget er sendt.
        </p>
      ) : null}
      <form noValidate onSubmit={onSubmit} style={{ display: 'grid', gap: '1.5rem' }}>
        <TextField
          id="fs-name"
          label="Navn"
          autoComplete="name"
          value={answers.name}
          onChange={(e) => set('name', e.target.value)}
          error={errors.name}
        />
        <TextField
          id="fs-email"
          label="E-post"
          type="email"
          autoComplete="email"
          optional
          description="Vi bruker den bare til å svare deg."
          value={answers.email}
          onChange={(e) => set('email', e.target.value)}
          error={errors.email}
        />
        <RadioGroup
          id="fs-reply"
          legend="Hvordan vil du få svar?"
          name="svar"
          value={answers.reply}
          onChange={(v) => set('reply', v)}
          error={errors.reply}
        >
          <Radio label="På e-post" value="epost" />
          <Radio label="I posten" value="post" />
          <Radio label="Jeg vil ikke ha svar" value="ingen" />
        </RadioGroup>
        <Textarea
          id="fs-proposal"
          label="Forslaget ditt"
          description="Fortell hva du vil endre, og hvorfor."
          characterLimit={LIMIT}
          value={answers.proposal}
          onChange={(e) => set('proposal', e.target.value)}
          error={errors.proposal}
        />
        <Checkbox
          id="fs-accept"
          label="Jeg har lest retningslinjene for forslag"
          checked={answers.accept}
          onChange={(e) => set('accept', e.target.checked)}
          error={errors.accept}
        />
        <div>
          <Button type="submit">Send forslaget</Button>
        </div>
      </form>
      {/* Room below the form, so a link can scroll any label to the top. */}
      <div style={{ height: '80vh' }} />
    </div>
  );
}

const meta = {
  title: 'Patterns/Failed submit',
  component: ProposalForm,
} satisfies Meta<typeof ProposalForm>;

export default meta;
type Story = StoryObj<typeof meta>;

function inView(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.top >= -1 && box.bottom <= window.innerHeight + 1;
}

/** Proves the pattern in a real browser: submit with errors, follow every link, fix, resend. */
export const FailedSubmit: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const name = canvas.getByRole('textbox', { name: 'Navn' });
    const email = canvas.getByRole('textbox', { name: /^E-post/ });
    const proposal = canvas.getByRole('textbox', { name: 'Forslaget ditt' });
    const proposalText = 'Bedre gatelys langs skoleveien ved Haugen skole.';

    await step('Fill in some answers, with mistakes, and submit', async () => {
      await userEvent.type(name, 'Kari Nordmann');
      await userEvent.type(email, 'kari@');
      await userEvent.type(proposal, proposalText);
      await userEvent.click(canvas.getByRole('button', { name: 'Send forslaget' }));
    });

    const summary = await canvas.findByRole('region');
    await step('The summary takes focus and lists each error once, in page order', async () => {
      await expect(summary).toHaveFocus();
      await expect(within(summary).getByRole('alert')).toBeInTheDocument();
      await expect(
        within(summary)
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual([
        'Skriv inn en e-postadresse på formen navn@eksempel.no',
        'Velg hvordan du vil få svar',
        'Du må godta retningslinjene for å sende forslaget',
      ]);
    });

    await step('Nothing typed is lost', async () => {
      await expect(name).toHaveValue('Kari Nordmann');
      await expect(email).toHaveValue('kari@');
      await expect(proposal).toHaveValue(proposalText);
    });

    await step('Each field says its own error', async () => {
      await expect(name).not.toHaveAttribute('aria-invalid');
      await expect(email).toHaveAttribute('aria-invalid', 'true');
      await expect(email).toHaveAccessibleDescription(
        expect.stringContaining('Skriv inn en e-postadresse på formen navn@eksempel.no'),
      );
      const group = canvas.getByRole('group', { name: 'Hvordan vil du få svar?' });
      await expect(group).toHaveAccessibleDescription(
        expect.stringContaining('Velg hvordan du vil få svar'),
      );
      const accept = canvas.getByRole('checkbox', { name: /retningslinjene/ });
      await expect(accept).toHaveAttribute('aria-invalid', 'true');
      await expect(accept).toHaveAccessibleDescription(
        expect.stringContaining('Du må godta retningslinjene'),
      );
    });

    await step('Each link focuses its field and brings its label into view', async () => {
      const links = within(summary).getAllByRole('link');
      // By keyboard: Tab from the summary to the first link, then Enter.
      await userEvent.tab();
      await expect(links[0]).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await expect(email).toHaveFocus();
      await expect(inView(canvasElement.querySelector('label[for="fs-email"]') as Element)).toBe(
        true,
      );

      await userEvent.click(links[1] as HTMLElement);
      const firstRadio = canvas.getByRole('radio', { name: 'På e-post' });
      await expect(firstRadio).toHaveFocus();
      const legend = canvas.getByText('Hvordan vil du få svar?');
      await expect(inView(legend)).toBe(true);

      await userEvent.click(links[2] as HTMLElement);
      const accept = canvas.getByRole('checkbox', { name: /retningslinjene/ });
      await expect(accept).toHaveFocus();
      await expect(inView(canvasElement.querySelector('label[for="fs-accept"]') as Element)).toBe(
        true,
      );
      // The frame did not navigate: the links were handled, not followed.
      await expect(window.location.hash).toBe('');
    });

    await step('A second failed submit focuses the summary again', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Send forslaget' }));
      await waitFor(() => expect(canvas.getByRole('region')).toHaveFocus());
    });

    await step('Fixing everything and sending clears the summary', async () => {
      await userEvent.clear(email);
      await userEvent.type(email, 'kari@eksempel.no');
      await userEvent.click(canvas.getByRole('radio', { name: 'På e-post' }));
      await userEvent.click(canvas.getByRole('checkbox', { name: /retningslinjene/ }));
      await userEvent.click(canvas.getByRole('button', { name: 'Send forslaget' }));
      await expect(canvas.queryByRole('region')).toBeNull();
      await expect(canvas.getByTestId('sent')).toBeInTheDocument();
      await expect(proposal).toHaveValue(proposalText);
    });
  },
};
