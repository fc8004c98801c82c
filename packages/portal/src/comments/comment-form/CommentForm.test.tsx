import { SamskapProvider, writeStored } from '@samskap/react';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { locales, renderIn } from '../../../../../test/render.js';
import { CommentForm } from './CommentForm.js';
import type { CommentSubmission } from './useCommentForm.js';

const words = {
  nb: {
    heading: 'Skriv en kommentar',
    name: 'Navn',
    email: 'E-post',
    body: 'Kommentar',
    submit: 'Send kommentar',
    nameRequired: 'Skriv navnet ditt',
    emailInvalid: 'Skriv e-postadressen i riktig format, som navn@eksempel.no',
    failed: 'Kommentaren ble ikke sendt',
    retry: 'Prøv igjen',
    moderated: 'Takk! Vi viser kommentaren din når en moderator har godkjent den.',
  },
  nn: {
    heading: 'Skriv ein kommentar',
    name: 'Namn',
    email: 'E-post',
    body: 'Kommentar',
    submit: 'Send kommentar',
    nameRequired: 'Skriv namnet ditt',
    emailInvalid: 'Skriv e-postadressa i rett format, som namn@eksempel.no',
    failed: 'Kommentaren vart ikkje send',
    retry: 'Prøv igjen',
    moderated: 'Takk! Vi viser kommentaren din når ein moderator har godkjent han.',
  },
  en: {
    heading: 'Write a comment',
    name: 'Name',
    email: 'Email',
    body: 'Comment',
    submit: 'Send comment',
    nameRequired: 'Enter your name',
    emailInvalid: 'Enter an email address in the correct format, like name@example.com',
    failed: 'Your comment was not sent',
    retry: 'Try again',
    moderated: 'Thank you! We will show your comment once a moderator has approved it.',
  },
} as const;

describe('CommentForm', () => {
  it.each(locales)(
    'in %s: keyboard only, an error, a failing server, a retry, and not a character lost',
    async (locale) => {
      const w = words[locale];
      const user = userEvent.setup();
      const sent: CommentSubmission[] = [];
      let fail = true;
      const onSubmit = vi.fn(async (s: CommentSubmission) => {
        sent.push(s);
        if (fail) {
          fail = false;
          throw new Error('503');
        }
      });
      renderIn(locale, <CommentForm onSubmit={onSubmit} moderated draftKey="sak-1" />);
      expect(screen.getByRole('form', { name: w.heading })).toBeInTheDocument();
      const text = 'Første linje\n\nAndre linje med <b>æøå</b> og 😀';

      await user.tab();
      expect(screen.getByRole('textbox', { name: w.name })).toHaveFocus();
      await user.tab();
      expect(screen.getByRole('textbox', { name: new RegExp(`^${w.email}`) })).toHaveFocus();
      await user.keyboard('kari@');
      await user.tab();
      expect(screen.getByRole('textbox', { name: new RegExp(`^${w.body}`) })).toHaveFocus();
      await user.keyboard(text.replace(/\n/g, '{Enter}').replace(/</g, '<'));
      // Submit from the keyboard: Enter on the submit button.
      screen.getByRole('button', { name: w.submit }).focus();
      await user.keyboard('{Enter}');

      expect(onSubmit).not.toHaveBeenCalled();
      const form = screen.getByRole('form', { name: w.heading });
      const summary = within(form).getByRole('alert');
      expect(summary.closest('[tabindex="-1"]')).toHaveFocus();
      const links = within(summary).getAllByRole('link');
      expect(links.map((l) => l.textContent)).toEqual([w.nameRequired, w.emailInvalid]);
      expect(screen.getByRole('textbox', { name: w.name })).toHaveAttribute('aria-invalid', 'true');

      // The first link takes the person to the name field.
      links[0]?.focus();
      await user.keyboard('{Enter}');
      expect(screen.getByRole('textbox', { name: w.name })).toHaveFocus();
      await user.keyboard('Kari Nordmann');
      await user.tab();
      await user.keyboard('{End}example.no');
      expect(screen.getByRole('textbox', { name: new RegExp(`^${w.body}`) })).toHaveValue(text);

      screen.getByRole('button', { name: w.submit }).focus();
      await user.keyboard('{Enter}');
      const failure = await screen.findByText(w.failed);
      expect(failure.closest('[role="alert"]')).not.toBeNull();
      expect(screen.getByRole('textbox', { name: w.name })).toHaveValue('Kari Nordmann');
      expect(screen.getByRole('textbox', { name: new RegExp(`^${w.email}`) })).toHaveValue(
        'kari@example.no',
      );
      expect(screen.getByRole('textbox', { name: new RegExp(`^${w.body}`) })).toHaveValue(text);

      screen.getByRole('button', { name: w.retry }).focus();
      await user.keyboard('{Enter}');
      await waitFor(() => expect(screen.getByText(w.moderated)).toBeInTheDocument());
      expect(screen.getByText(w.moderated).closest('[tabindex="-1"]')).toHaveFocus();
      expect(sent).toHaveLength(2);
      expect(sent[1]).toEqual({
        name: 'Kari Nordmann',
        email: 'kari@example.no',
        body: text,
        remember: false,
      });
      expect(screen.getByRole('textbox', { name: new RegExp(`^${w.body}`) })).toHaveValue('');
      expect(localStorage.getItem('sak-1')).toBeNull();
    },
    60_000,
  );

  it('restores a draft on mount with a notice, and discards it on request', async () => {
    const user = userEvent.setup();
    writeStored('sak-2', { body: 'Halvferdig tanke' });
    renderIn('nn', <CommentForm onSubmit={async () => {}} draftKey="sak-2" />);
    expect(await screen.findByText(/Vi fann eit utkast/)).toBeInTheDocument();
    const body = screen.getByRole('textbox', { name: /^Kommentar/ });
    expect(body).toHaveValue('Halvferdig tanke');
    await user.click(screen.getByRole('button', { name: 'Slett utkastet' }));
    expect(body).toHaveValue('');
    expect(body).toHaveFocus();
    expect(localStorage.getItem('sak-2')).toBeNull();
  });

  it('keeps the draft through an unmount and a remount (a reload)', async () => {
    const user = userEvent.setup();
    const first = renderIn('nb', <CommentForm onSubmit={async () => {}} draftKey="sak-3" />);
    await user.type(screen.getByRole('textbox', { name: /^Kommentar/ }), 'Ikke mist meg');
    first.unmount();
    renderIn('nb', <CommentForm onSubmit={async () => {}} draftKey="sak-3" />);
    expect(await screen.findByDisplayValue('Ikke mist meg')).toBeInTheDocument();
  });

  it('ignores a second submit while busy', async () => {
    const user = userEvent.setup();
    let release: () => void = () => {};
    const onSubmit = vi.fn(() => new Promise<void>((r) => (release = r)));
    renderIn('en', <CommentForm onSubmit={onSubmit} user={{ name: 'Ola' }} />);
    await user.type(screen.getByRole('textbox', { name: /^Comment/ }), 'Hi');
    const submit = screen.getByRole('button', { name: 'Send comment' });
    await user.click(submit);
    expect(screen.getByRole('form')).toHaveAttribute('aria-busy', 'true');
    await user.click(screen.getByRole('button', { name: /Send comment/ }));
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await act(async () => release());
    expect(await screen.findByText('Thank you! Your comment has been published.')).toBeVisible();
  });

  it("shows the server's field errors on the fields", async () => {
    const user = userEvent.setup();
    renderIn(
      'nn',
      <CommentForm
        user={{ name: 'Ola' }}
        onSubmit={async () => ({ fieldErrors: { body: 'Teksten inneheld eit forbode ord' } })}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: /^Kommentar/ }), 'Hei');
    await user.click(screen.getByRole('button', { name: 'Send kommentar' }));
    const field = screen.getByRole('textbox', { name: /^Kommentar/ });
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(/Teksten inneheld eit forbode ord/);
    expect(field).toHaveValue('Hei');
  });

  it('signed in: no name or email, says who is writing', () => {
    renderIn('nn', <CommentForm onSubmit={async () => {}} user={{ name: 'Ola Nordmann' }} />);
    expect(screen.queryByRole('textbox', { name: 'Namn' })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByText('Du kommenterer som Ola Nordmann')).toBeInTheDocument();
  });

  it('reply mode says whom it answers, sends parentId, and can be cancelled', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    const onSubmit = vi.fn(async () => {});
    renderIn(
      'nn',
      <CommentForm
        onSubmit={onSubmit}
        user={{ name: 'Ola' }}
        replyTo={{ id: 'c1', author: { name: 'Kari' } }}
        onCancelReply={onCancel}
      />,
    );
    const form = screen.getByRole('form', { name: 'Svar til Kari' }) as HTMLFormElement;
    // Also posted without scripts, as a hidden field.
    expect(new FormData(form).get('parentId')).toBe('c1');
    expect(screen.queryByRole('group')).toBeNull();
    await user.type(screen.getByRole('textbox', { name: /^Kommentar/ }), 'Samd');
    await user.click(screen.getByRole('button', { name: 'Send svar' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ parentId: 'c1' }));
    await user.click(screen.getByRole('button', { name: 'Avbryt svaret' }));
    expect(onCancel).toHaveBeenCalled();
  });

  it('offers a stance as toggle buttons: one pressed at a time, shown with a check mark, taken back by a second press, posted and sent', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async (_: CommentSubmission) => {});
    renderIn('en', <CommentForm onSubmit={onSubmit} user={{ name: 'Ola' }} />);
    const group = screen.getByRole('group', { name: 'Are you for or against? (optional)' });
    const [favour, neutral, against] = within(group).getAllByRole('button') as HTMLElement[];
    expect([favour, neutral, against].map((b) => b?.textContent)).toEqual([
      'In favour',
      'Neutral',
      'Against',
    ]);
    for (const b of [favour, neutral, against]) {
      expect(b).toHaveAttribute('aria-pressed', 'false');
      expect(b?.querySelector('svg[data-sk-icon="check"]')).toBeNull();
    }
    const form = screen.getByRole('form') as HTMLFormElement;

    await user.click(against as HTMLElement);
    expect(against).toHaveAttribute('aria-pressed', 'true');
    // Seen without colour: the pressed button carries a check mark, and keeps its name.
    expect(against?.querySelector('svg[data-sk-icon="check"]')).not.toBeNull();
    expect(against).toHaveAccessibleName('Against');
    expect(new FormData(form).get('alignment')).toBe('against');

    await user.click(favour as HTMLElement);
    expect(favour).toHaveAttribute('aria-pressed', 'true');
    expect(against).toHaveAttribute('aria-pressed', 'false');
    expect(new FormData(form).get('alignment')).toBe('for');

    await user.click(favour as HTMLElement);
    expect(favour).toHaveAttribute('aria-pressed', 'false');
    expect(new FormData(form).get('alignment')).toBeNull();

    await user.click(neutral as HTMLElement);
    await user.type(screen.getByRole('textbox', { name: /^Comment/ }), 'Fine by me');
    await user.click(screen.getByRole('button', { name: 'Send comment' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ alignment: 'neutral' }));
  });

  it('never ticks "remember me" at first, links the privacy notice, and describes the email field', () => {
    renderIn('en', <CommentForm onSubmit={async () => {}} privacyHref="/personvern" />);
    expect(
      screen.getByRole('checkbox', { name: 'Remember my name and email address on this device' }),
    ).not.toBeChecked();
    expect(screen.getByRole('link', { name: 'How we handle your personal data' })).toHaveAttribute(
      'href',
      '/personvern',
    );
    expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveAccessibleDescription(
      /We will not publish your email address/,
    );
  });

  it('hides the honeypot from people and screen readers, and drops an unsafe privacy link', () => {
    const { container } = renderIn(
      'en',
      <CommentForm onSubmit={async () => {}} privacyHref="javascript:alert(1)" />,
    );
    const trap = container.querySelector('input[name="website"]');
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Leave this field empty' })).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('when the spam trap fires: says the comment was not sent, keeps the text, and tells the host', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => {});
    const onTrap = vi.fn();
    const { container } = renderIn(
      'nn',
      <CommentForm onSubmit={onSubmit} onTrap={onTrap} user={{ name: 'Ola' }} />,
    );
    await user.type(screen.getByRole('textbox', { name: /^Kommentar/ }), 'Kjøp billeg');
    const trap = container.querySelector('input[name="website"]') as HTMLInputElement;
    await user.type(trap, 'http://spam.example');
    await user.click(screen.getByRole('button', { name: 'Send kommentar' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onTrap).toHaveBeenCalledWith(expect.objectContaining({ body: 'Kjøp billeg' }));
    expect(screen.getByText(/Kommentaren vart ikkje send/)).toBeVisible();
    expect(screen.queryByText(/publisert/)).toBeNull();
    expect(screen.getByRole('textbox', { name: /^Kommentar/ })).toHaveValue('Kjøp billeg');
  });

  it('offers "forget me" for a remembered author, which empties the fields and moves focus to the name', async () => {
    const user = userEvent.setup();
    writeStored('samskap:comment-author', { name: 'Kari', email: 'kari@example.no' });
    renderIn('en', <CommentForm onSubmit={async () => {}} />);
    const name = screen.getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveValue('Kari'));
    expect(
      screen.getByRole('checkbox', { name: 'Remember my name and email address on this device' }),
    ).toHaveAccessibleDescription(/We keep them for 30 days/);
    await user.click(screen.getByRole('button', { name: 'Forget my name and email address' }));
    expect(name).toHaveValue('');
    expect(name).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Forget my name and email address' })).toBeNull();
    expect(localStorage.getItem('samskap:comment-author')).toBeNull();
  });

  it("a new draftKey on the same form shows that case's draft, not the last case's text", async () => {
    const user = userEvent.setup();
    const { rerender } = renderIn(
      'nb',
      <CommentForm onSubmit={async () => {}} draftKey="case-a" />,
    );
    await user.type(screen.getByRole('textbox', { name: /^Kommentar/ }), 'Om sak A');
    rerender(
      <SamskapProvider locale="nb">
        <CommentForm onSubmit={async () => {}} draftKey="case-b" />
      </SamskapProvider>,
    );
    expect(screen.getByRole('textbox', { name: /^Kommentar/ })).toHaveValue('');
  });

  it('has no axe violations in any language, empty and with errors', async () => {
    const user = userEvent.setup();
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <CommentForm onSubmit={async () => {}} privacyHref="/personvern" />,
      );
      expect(await axe()).toHaveNoViolations();
      await user.click(screen.getByRole('button', { name: words[locale].submit }));
      expect(await axe()).toHaveNoViolations();
      unmount();
    }
  }, 30_000);

  it('starts with the values and server errors of a plain HTML post, and its fields carry names', async () => {
    localStorage.setItem('draft:plain', JSON.stringify({ body: 'An older draft' }));
    renderIn(
      'nb',
      <CommentForm
        onSubmit={async () => {}}
        draftKey="draft:plain"
        action="/comments"
        method="post"
        initialValues={{ name: 'Kari', email: 'kari@', body: 'Lys langs skolevegen' }}
        initialErrors={{ email: 'Adressen finnes ikke' }}
      />,
    );
    const email = screen.getByRole('textbox', { name: /E-post/ });
    expect(email).toHaveValue('kari@');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText('Adressen finnes ikke').length).toBeGreaterThanOrEqual(2);
    // What the server sent back wins over the draft on this device.
    await act(async () => {});
    const body = screen.getByRole('textbox', { name: /Kommentar/ });
    expect(body).toHaveValue('Lys langs skolevegen');
    const form = body.closest('form') as HTMLFormElement;
    expect(Object.fromEntries(new FormData(form))).toMatchObject({
      name: 'Kari',
      email: 'kari@',
      body: 'Lys langs skolevegen',
    });
  });
});
