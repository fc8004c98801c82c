import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { locales, renderIn } from '../../../../../test/render.js';
import { NewsletterSignup, type NewsletterSubmission } from './NewsletterSignup.js';

const topics = [
  { value: 'roads', label: 'Veg' },
  { value: 'schools', label: 'Skule' },
  { value: 'culture', label: 'Kultur' },
];

const words = {
  nb: {
    form: 'Få nyhetsbrevet vårt',
    email: /^E-postadresse/,
    topics: /^Hva vil du høre om\?/,
    consent: /^Ja, jeg vil få nyhetsbrevet på e-post/,
    consentDescription: /Vi lagrer e-postadressen din.*Du kan melde deg av når du vil/,
    submit: 'Meld meg på',
    emailRequired: 'Skriv e-postadressen din',
    emailInvalid: 'Skriv e-postadressen i riktig format, som navn@eksempel.no',
    consentRequired: 'Kryss av hvis du vil få nyhetsbrevet',
    failed: 'Vi fikk ikke meldt deg på',
    retry: 'Prøv igjen',
    sentHeading: 'Sjekk innboksen din',
    sent: 'Vi har sendt en e-post til kari@eksempel.no.',
    notActive: /Du får ikke nyhetsbrevet før du har bekreftet/,
  },
  nn: {
    form: 'Få nyheitsbrevet vårt',
    email: /^E-postadresse/,
    topics: /^Kva vil du høyre om\?/,
    consent: /^Ja, eg vil få nyheitsbrevet på e-post/,
    consentDescription: /Vi lagrar e-postadressa di.*Du kan melde deg av når du vil/,
    submit: 'Meld meg på',
    emailRequired: 'Skriv e-postadressa di',
    emailInvalid: 'Skriv e-postadressa i rett format, som namn@døme.no',
    consentRequired: 'Kryss av viss du vil få nyheitsbrevet',
    failed: 'Vi fekk ikkje meldt deg på',
    retry: 'Prøv igjen',
    sentHeading: 'Sjå i innboksen din',
    sent: 'Vi har sendt ein e-post til kari@eksempel.no.',
    notActive: /Du får ikkje nyheitsbrevet før du har stadfesta/,
  },
  en: {
    form: 'Get our newsletter',
    email: /^Email address/,
    topics: /^What would you like to hear about\?/,
    consent: /^Yes, I want to get the newsletter by email/,
    consentDescription: /We store your email address.*You can unsubscribe at any time/,
    submit: 'Sign me up',
    emailRequired: 'Enter your email address',
    emailInvalid: 'Enter an email address in the correct format, like name@example.com',
    consentRequired: 'Tick the box if you want to get the newsletter',
    failed: 'We could not sign you up',
    retry: 'Try again',
    sentHeading: 'Check your inbox',
    sent: 'We have sent an email to kari@eksempel.no.',
    notActive: /You will not get the newsletter until you do/,
  },
} as const;

describe('NewsletterSignup', () => {
  it.each(locales)(
    'in %s: labels the fields, leaves consent unticked and says what is stored, with no axe violations',
    async (locale) => {
      const w = words[locale];
      const { container } = renderIn(
        locale,
        <NewsletterSignup onSubmit={async () => {}} topics={topics} action="/nyhetsbrev" />,
      );
      const form = screen.getByRole('form', { name: w.form });
      expect(form).toHaveAttribute('action', '/nyhetsbrev');
      expect(form).toHaveAttribute('method', 'post');
      const email = screen.getByRole('textbox', { name: w.email });
      expect(email).toHaveAttribute('name', 'email');
      expect(screen.getByRole('group', { name: w.topics })).toBeInTheDocument();
      expect(screen.getByRole('checkbox', { name: 'Skule' })).toHaveAttribute('name', 'topics');
      const consent = screen.getByRole('checkbox', { name: w.consent });
      expect(consent).not.toBeChecked();
      expect(consent).toHaveAttribute('name', 'consent');
      expect(consent).toHaveAccessibleDescription(w.consentDescription);
      expect(await axe(container)).toHaveNoViolations();
    },
  );

  it.each(locales)(
    'in %s: an empty send shows the email and consent errors in the focused summary and sends nothing',
    async (locale) => {
      const w = words[locale];
      const user = userEvent.setup();
      const onSubmit = vi.fn(async () => {});
      renderIn(locale, <NewsletterSignup onSubmit={onSubmit} />);
      await user.click(screen.getByRole('button', { name: w.submit }));
      expect(onSubmit).not.toHaveBeenCalled();
      const summary = within(screen.getByRole('form')).getByRole('alert');
      expect(summary.closest('[tabindex="-1"]')).toHaveFocus();
      const links = within(summary).getAllByRole('link');
      expect(links.map((l) => l.textContent)).toEqual([w.emailRequired, w.consentRequired]);

      // A bad address gets its own words; ticking consent clears its error.
      await user.type(screen.getByRole('textbox', { name: w.email }), 'kari@eksempel');
      await user.click(screen.getByRole('checkbox', { name: w.consent }));
      await user.click(screen.getByRole('button', { name: w.submit }));
      expect(onSubmit).not.toHaveBeenCalled();
      const again = within(screen.getByRole('form')).getByRole('alert');
      expect(
        within(again)
          .getAllByRole('link')
          .map((l) => l.textContent),
      ).toEqual([w.emailInvalid]);
      expect(screen.getByRole('textbox', { name: w.email })).toHaveAccessibleDescription(
        expect.stringContaining(w.emailInvalid),
      );
    },
  );

  it.each(locales)(
    'in %s: by keyboard only, a failed send keeps the values, retry sends email, topics and consent, and the focused result names the address',
    async (locale) => {
      const w = words[locale];
      const user = userEvent.setup();
      const sent: NewsletterSubmission[] = [];
      let fail = true;
      const onSubmit = vi.fn(async (s: NewsletterSubmission) => {
        sent.push(s);
        if (fail) {
          fail = false;
          throw new Error('503');
        }
      });
      const onSuccess = vi.fn();
      renderIn(
        locale,
        <NewsletterSignup onSubmit={onSubmit} topics={topics} onSuccess={onSuccess} />,
      );
      await user.tab();
      expect(screen.getByRole('textbox', { name: w.email })).toHaveFocus();
      await user.keyboard('kari@eksempel.no');
      await user.tab();
      expect(screen.getByRole('checkbox', { name: 'Veg' })).toHaveFocus();
      await user.tab();
      await user.keyboard(' ');
      await user.tab();
      await user.tab();
      expect(screen.getByRole('checkbox', { name: w.consent })).toHaveFocus();
      await user.keyboard(' ');
      await user.tab();
      expect(screen.getByRole('button', { name: w.submit })).toHaveFocus();
      await user.keyboard('{Enter}');

      await screen.findByText(w.failed);
      expect(screen.getByRole('textbox', { name: w.email })).toHaveValue('kari@eksempel.no');
      expect(screen.getByRole('checkbox', { name: 'Skule' })).toBeChecked();
      expect(screen.getByRole('checkbox', { name: w.consent })).toBeChecked();

      screen.getByRole('button', { name: w.retry }).focus();
      await user.keyboard('{Enter}');
      const result = await screen.findByText(w.sent);
      await waitFor(() => expect(result.closest('[tabindex="-1"]')).toHaveFocus());
      expect(result.closest('[tabindex="-1"]')).toHaveTextContent(w.sentHeading);
      expect(result.closest('[tabindex="-1"]')).toHaveTextContent(w.notActive);
      expect(onSuccess).toHaveBeenCalledTimes(1);
      expect(sent).toHaveLength(2);
      expect(sent[1]).toEqual({ email: 'kari@eksempel.no', topics: ['schools'], consent: true });
      // Nothing is kept ticked for the next person at this screen.
      expect(screen.getByRole('checkbox', { name: w.consent })).not.toBeChecked();
    },
    30_000,
  );

  it('posts without scripts, and a server echo starts with its values, its errors and the summary', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async (_s: NewsletterSubmission) => {});
    renderIn(
      'nb',
      <NewsletterSignup
        onSubmit={onSubmit}
        topics={topics}
        action="/nb/newsletter"
        initialValues={{ email: 'kari@eksempel', topics: ['schools'], consent: false }}
        initialErrors={{
          email: 'Skriv e-postadressen i riktig format, som navn@eksempel.no',
          consent: 'Kryss av hvis du vil få nyhetsbrevet',
        }}
      />,
    );
    const form = screen.getByRole('form', { name: 'Få nyhetsbrevet vårt' }) as HTMLFormElement;
    const data = new FormData(form);
    expect(data.get('email')).toBe('kari@eksempel');
    expect(data.getAll('topics')).toEqual(['schools']);
    expect(data.has('consent')).toBe(false);
    const summary = within(form).getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([
      'Skriv e-postadressen i riktig format, som navn@eksempel.no',
      'Kryss av hvis du vil få nyhetsbrevet',
    ]);
    const email = screen.getByRole('textbox', { name: /^E-postadresse/ });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Skriv e-postadressen i riktig format/);
    const consent = screen.getByRole('checkbox', { name: /^Ja, jeg vil/ });
    expect(consent).toHaveAttribute('aria-invalid', 'true');

    // Once scripts run, the echoed form is the live one: fix it and send.
    await user.type(email, '.no');
    await user.click(consent);
    await user.click(screen.getByRole('button', { name: 'Meld meg på' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      email: 'kari@eksempel.no',
      topics: ['schools'],
      consent: true,
    });
  });

  it('shows the server’s message on the email field and does not show the result', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => ({
      fieldErrors: { email: 'Denne adressa er alt meld på.' },
    }));
    renderIn('nn', <NewsletterSignup onSubmit={onSubmit} />);
    await user.type(screen.getByRole('textbox', { name: /^E-postadresse/ }), 'kari@eksempel.no');
    await user.click(screen.getByRole('checkbox', { name: /^Ja, eg vil/ }));
    await user.click(screen.getByRole('button', { name: 'Meld meg på' }));
    const summary = await within(screen.getByRole('form')).findByRole('alert');
    expect(within(summary).getByRole('link')).toHaveTextContent('Denne adressa er alt meld på.');
    const email = screen.getByRole('textbox', { name: /^E-postadresse/ });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Denne adressa er alt meld på\./);
    expect(email).toHaveValue('kari@eksempel.no');
    expect(screen.queryByText('Sjå i innboksen din')).not.toBeInTheDocument();
  });
});
