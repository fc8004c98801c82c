import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { locales, renderIn } from '../../../../../test/render.js';
import { TipForm, type TipSubmission } from './TipForm.js';

const file = (name: string, size: number, type = 'application/pdf') =>
  new File([new Uint8Array(size)], name, { type });

const words = {
  nb: {
    form: 'Tips oss',
    message: /^Hva vil du fortelle oss/,
    attachments: /^Vedlegg/,
    submit: 'Send tipset',
    tooLarge: 'stor.pdf er større enn 10 MB. Velg en mindre fil.',
    failed: 'Tipset ble ikke sendt',
    retry: 'Prøv igjen',
    receipt: /Referansenummeret ditt er T-2026-0042/,
    remove: 'Fjern stor.pdf',
    files: 'Valgte filer',
  },
  nn: {
    form: 'Tips oss',
    message: /^Kva vil du fortelje oss/,
    attachments: /^Vedlegg/,
    submit: 'Send tipset',
    tooLarge: 'stor.pdf er større enn 10 MB. Vel ei mindre fil.',
    failed: 'Tipset vart ikkje sendt',
    retry: 'Prøv igjen',
    receipt: /Referansenummeret ditt er T-2026-0042/,
    remove: 'Fjern stor.pdf',
    files: 'Valde filer',
  },
  en: {
    form: 'Send us a tip',
    message: /^What would you like to tell us/,
    attachments: /^Attachments/,
    submit: 'Send tip',
    tooLarge: 'stor.pdf is larger than 10 MB. Choose a smaller file.',
    failed: 'Your tip was not sent',
    retry: 'Try again',
    receipt: /Your reference number is T-2026-0042/,
    remove: 'Remove stor.pdf',
    files: 'Chosen files',
  },
} as const;

describe('TipForm', () => {
  it.each(locales)(
    'in %s: text and attachments survive a validation error and a failed send, and the receipt has the reference',
    async (locale) => {
      const w = words[locale];
      const user = userEvent.setup();
      const sent: TipSubmission[] = [];
      let fail = true;
      const onSubmit = vi.fn(async (tip: TipSubmission) => {
        sent.push(tip);
        if (fail) {
          fail = false;
          throw new Error('503');
        }
        return { reference: 'T-2026-0042' };
      });
      renderIn(locale, <TipForm onSubmit={onSubmit} privacyHref="/personvern" />);
      expect(screen.getByRole('form', { name: w.form })).toBeInTheDocument();
      const text = 'Gatelyset i Storgata 3 er\nslukket – «igjen» 😀';
      const message = screen.getByRole('textbox', { name: w.message });
      await user.click(message);
      await user.keyboard(text.replace(/\n/g, '{Enter}'));
      const good = file('referat.pdf', 300_000);
      const big = file('stor.pdf', 12_000_000);
      await user.upload(screen.getByLabelText(w.attachments), [good, big]);

      await user.click(screen.getByRole('button', { name: w.submit }));
      expect(onSubmit).not.toHaveBeenCalled();
      const summary = within(screen.getByRole('form')).getByRole('alert');
      expect(summary.closest('[tabindex="-1"]')).toHaveFocus();
      expect(within(summary).getByRole('link', { name: w.tooLarge })).toBeInTheDocument();
      expect(message).toHaveValue(text);
      expect(screen.getByRole('list', { name: w.files })).toHaveTextContent('referat.pdf');
      expect(screen.getByLabelText(w.attachments)).toHaveAccessibleDescription(
        new RegExp(w.tooLarge),
      );

      // The link leads to the chooser; the big file is removed by keyboard.
      within(summary).getByRole('link').focus();
      await user.keyboard('{Enter}');
      expect(screen.getByLabelText(w.attachments)).toHaveFocus();
      screen.getByRole('button', { name: w.remove }).focus();
      await user.keyboard('{Enter}');

      await user.click(screen.getByRole('button', { name: w.submit }));
      await screen.findByText(w.failed);
      expect(message).toHaveValue(text);
      expect(screen.getByRole('list', { name: w.files })).toHaveTextContent('referat.pdf');

      screen.getByRole('button', { name: w.retry }).focus();
      await user.keyboard('{Enter}');
      const receipt = await screen.findByText(w.receipt);
      await waitFor(() => expect(receipt.closest('[tabindex="-1"]')).toHaveFocus());
      expect(sent).toHaveLength(2);
      expect(sent[1]?.message).toBe(text);
      expect(sent[1]?.anonymous).toBe(false);
      expect(sent[1]?.attachments).toEqual([good]);
      expect(sent[1]?.attachments[0]).toBe(good);
    },
    60_000,
  );

  it('sends anonymously without name or email, says what that means, and the receipt says we cannot reply', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => ({ reference: 'T-7' }));
    renderIn('nn', <TipForm onSubmit={onSubmit} />);
    await user.type(screen.getByRole('textbox', { name: /^Namn/ }), 'Kari');
    await user.type(screen.getByRole('textbox', { name: /^Kva vil du/ }), 'Hol i vegen');
    const anonymous = screen.getByRole('checkbox', { name: 'Send tipset anonymt' });
    expect(anonymous).toHaveAccessibleDescription(/Vi får ikkje vite kven du er/);
    await user.click(anonymous);
    expect(screen.queryByRole('textbox', { name: /^Namn/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Send tipset' }));
    expect(onSubmit).toHaveBeenCalledWith({
      message: 'Hol i vegen',
      anonymous: true,
      attachments: [],
    });
    expect(await screen.findByText(/kan vi ikkje svare deg/)).toBeInTheDocument();
  });

  it('refuses a file of a type it does not take, and too many files, and sends nothing', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => ({}));
    renderIn('en', <TipForm onSubmit={onSubmit} maxFiles={1} />);
    await user.type(screen.getByRole('textbox', { name: /^What would/ }), 'Hi');
    const input = screen.getByLabelText(/^Attachments/);
    // Bypasses the browser's own accept filter, as a drag and drop or an old browser would.
    await userEvent
      .setup({ applyAccept: false })
      .upload(input, file('x.exe', 10, 'application/x-msdownload'));
    await user.click(screen.getByRole('button', { name: 'Send tip' }));
    expect(
      await screen.findAllByText(/x\.exe is a type of file we cannot accept/),
    ).not.toHaveLength(0);
    await userEvent.setup({ applyAccept: false }).upload(input, file('a.pdf', 10));
    await user.click(screen.getByRole('button', { name: 'Send tip' }));
    expect(
      await screen.findAllByText('You can attach at most 1 file. Remove a file.'),
    ).not.toHaveLength(0);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('posts without scripts: every field has a name, and a server echo starts with its values and errors', () => {
    renderIn(
      'nb',
      <TipForm
        onSubmit={async () => {}}
        action="/tips"
        method="post"
        encType="multipart/form-data"
        initialValues={{ message: 'Lyset er borte', name: 'Kari', email: 'kari@' }}
        initialErrors={{ email: 'Skriv e-postadressen riktig' }}
      />,
    );
    const form = screen.getByRole('form', { name: 'Tips oss' }) as HTMLFormElement;
    expect(form).toHaveAttribute('enctype', 'multipart/form-data');
    const data = new FormData(form);
    expect(data.get('message')).toBe('Lyset er borte');
    expect(data.get('name')).toBe('Kari');
    expect(data.get('email')).toBe('kari@');
    expect(form.querySelector('input[type="file"]')).toHaveAttribute('name', 'attachments');
    expect(form.querySelector('input[type="checkbox"]')).toHaveAttribute('name', 'anonymous');
    const email = screen.getByRole('textbox', { name: /^E-post/ });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Skriv e-postadressen riktig/);
  });

  it('has no axe violations, empty and with errors', async () => {
    const user = userEvent.setup();
    renderIn(
      'nb',
      <main>
        <TipForm onSubmit={async () => ({})} privacyHref="/personvern" />
      </main>,
    );
    expect(await axe()).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Send tipset' }));
    expect(await axe()).toHaveNoViolations();
  }, 30_000);
});
