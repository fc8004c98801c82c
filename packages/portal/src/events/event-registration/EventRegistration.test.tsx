import { resources } from '@samskap/i18n';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { locales, renderIn } from '../../../../../test/render.js';
import type { PortalEvent } from '../model.js';
import { EventRegistration, type EventRegistrationSubmission } from './EventRegistration.js';

const NOW = Date.parse('2027-01-01T12:00:00+01:00');
const event: PortalEvent = {
  id: 'frokost',
  title: 'Frokostmøte om klarspråk',
  start: '2027-03-04T08:00:00+01:00',
  end: '2027-03-04T09:00:00+01:00',
  registration: { placesLeft: 40 },
};
const full: PortalEvent = { ...event, registration: { placesLeft: 0, waitingList: true } };

const words = {
  nb: {
    heading: 'Meld deg på',
    name: /^Navn/,
    submit: 'Meld meg på',
    calendar: 'Legg til i kalender',
  },
  nn: {
    heading: 'Meld deg på',
    name: /^Namn/,
    submit: 'Meld meg på',
    calendar: 'Legg til i kalender',
  },
  en: { heading: 'Register', name: /^Name/, submit: 'Register', calendar: 'Add to calendar' },
} as const;

const s = (locale: (typeof locales)[number]) => resources[locale].eventRegistration;

describe('EventRegistration', () => {
  it.each(locales)('in %s: the form, its fields and the submit button are labelled', (locale) => {
    renderIn(locale, <EventRegistration event={event} now={NOW} onSubmit={async () => {}} />);
    const w = words[locale];
    const form = screen.getByRole('form', { name: w.heading });
    expect(within(form).getByRole('textbox', { name: w.name })).toBeRequired();
    expect(
      within(form).getByRole('textbox', { name: new RegExp(`^${s(locale).organisation}`) }),
    ).not.toBeRequired();
    expect(
      within(form).getByRole('textbox', { name: new RegExp(`^${s(locale).dietary}`) }),
    ).toBeInTheDocument();
    expect(
      within(form).getByRole('textbox', { name: new RegExp(`^${s(locale).accessibility}`) }),
    ).toBeInTheDocument();
    const consent = within(form).getByRole('checkbox', {
      name: new RegExp(`^${s(locale).consent}`),
    });
    expect(consent).not.toBeChecked();
    expect(consent).toHaveAccessibleDescription(s(locale).consentDescription);
    expect(within(form).getByRole('button', { name: w.submit })).toBeInTheDocument();
  });

  it('sends nothing when empty: the summary takes focus, and each field is invalid with its message', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => {});
    renderIn('nb', <EventRegistration event={event} now={NOW} onSubmit={onSubmit} />);
    const t = s('nb');
    await user.type(screen.getByRole('textbox', { name: /^E-post/ }), 'ikke-epost');
    await user.click(screen.getByRole('button', { name: t.submit }));
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = within(screen.getByRole('form')).getByRole('alert');
    await waitFor(() => expect(summary.closest('[tabindex="-1"]')).toHaveFocus());
    const links = within(summary)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(links).toEqual([t.errors.nameRequired, t.errors.emailInvalid, t.errors.consentRequired]);
    const name = screen.getByRole('textbox', { name: /^Navn/ });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(new RegExp(t.errors.nameRequired));
    expect(screen.getByRole('checkbox')).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(summary).getByRole('link', { name: t.errors.nameRequired }));
    expect(name).toHaveFocus();
  });

  it('sends trimmed values, leaves out empty optional ones, keeps every value on a failed send, and retry works', async () => {
    const user = userEvent.setup();
    const t = s('en');
    const sent: EventRegistrationSubmission[] = [];
    let fail = true;
    const onSubmit = vi.fn(async (r: EventRegistrationSubmission) => {
      sent.push(r);
      if (fail) {
        fail = false;
        throw new Error('503');
      }
      return { reference: 'P-77' };
    });
    renderIn('en', <EventRegistration event={event} now={NOW} onSubmit={onSubmit} />);
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), '  Kari Nordmann ');
    await user.type(screen.getByRole('textbox', { name: /^Email/ }), 'kari@example.com');
    await user.type(
      screen.getByRole('textbox', { name: new RegExp(`^${t.dietary}`) }),
      'Vegetarian',
    );
    await user.click(screen.getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: t.submit }));
    await screen.findByText(t.failedTitle);
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('  Kari Nordmann ');
    expect(screen.getByRole('textbox', { name: new RegExp(`^${t.dietary}`) })).toHaveValue(
      'Vegetarian',
    );
    expect(screen.getByRole('checkbox')).toBeChecked();

    await user.click(screen.getByRole('button', { name: t.retry }));
    const receipt = await screen.findByText(/Your reference number is P-77/);
    await waitFor(() => expect(receipt.closest('[tabindex="-1"]')).toHaveFocus());
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual({
      eventId: 'frokost',
      waitingList: false,
      name: 'Kari Nordmann',
      email: 'kari@example.com',
      dietary: 'Vegetarian',
      consent: true,
    });
    const confirmation = receipt.closest('[tabindex="-1"]') as HTMLElement;
    expect(within(confirmation).getByText(t.receiptHeading)).toBeInTheDocument();
    expect(
      within(confirmation).getByRole('button', { name: words.en.calendar }),
    ).toBeInTheDocument();
  });

  it('shows the server field errors on the fields', async () => {
    const user = userEvent.setup();
    renderIn(
      'en',
      <EventRegistration
        event={event}
        now={NOW}
        onSubmit={async () => ({ fieldErrors: { email: 'This address is already registered' } })}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Kari');
    await user.type(screen.getByRole('textbox', { name: /^Email/ }), 'kari@example.com');
    await user.click(screen.getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Register' }));
    const email = screen.getByRole('textbox', { name: /^Email/ });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(/This address is already registered/);
  });

  it.each(locales)(
    'in %s: a full event with a waiting list offers to join it, and says so when sent',
    async (locale) => {
      const user = userEvent.setup();
      const t = s(locale);
      const onSubmit = vi.fn(async (_r: EventRegistrationSubmission) => {});
      renderIn(locale, <EventRegistration event={full} now={NOW} onSubmit={onSubmit} />);
      expect(screen.getByRole('form', { name: t.headingWaitingList })).toBeInTheDocument();
      expect(screen.getByText(t.waitingListIntro)).toBeInTheDocument();
      await user.type(screen.getByRole('textbox', { name: words[locale].name }), 'Ola');
      await user.type(screen.getByRole('textbox', { name: /^E-post|^Email/ }), 'ola@example.com');
      await user.click(screen.getByRole('checkbox'));
      await user.click(screen.getByRole('button', { name: t.submitWaitingList }));
      expect(await screen.findByText(t.receiptWaitingListHeading)).toBeInTheDocument();
      expect(onSubmit.mock.calls[0]?.[0].waitingList).toBe(true);
    },
  );

  it.each([
    ['closed', { ...event, registration: { status: 'closed' as const } }, 'closed'],
    ['cancelled', { ...event, cancelled: true }, 'cancelled'],
    [
      'past',
      { ...event, start: '2026-01-01T08:00:00+01:00', end: '2026-01-01T09:00:00+01:00' },
      'past',
    ],
  ] as const)('offers no form when registration is %s, and says why', (_name, e, key) => {
    renderIn('nn', <EventRegistration event={e} now={NOW} onSubmit={async () => {}} />);
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByText(s('nn')[key])).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: s('nn').unavailableHeading })).toBeInTheDocument();
  });

  it('can be filled in and sent with the keyboard alone (Tab, typing, Space, Enter)', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async (_r: EventRegistrationSubmission) => ({ reference: 'K-1' }));
    renderIn('nb', <EventRegistration event={event} now={NOW} onSubmit={onSubmit} />);
    await user.tab();
    expect(screen.getByRole('textbox', { name: /^Navn/ })).toHaveFocus();
    await user.keyboard('Kari');
    await user.tab();
    await user.keyboard('kari@example.com');
    await user.tab();
    await user.keyboard('Kommunen');
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('checkbox')).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    expect(screen.getByRole('button', { name: s('nb').submit })).toHaveFocus();
    await user.keyboard('{Enter}');
    const receipt = await screen.findByText(/K-1/);
    await waitFor(() => expect(receipt.closest('[tabindex="-1"]')).toHaveFocus());
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'Kari',
        email: 'kari@example.com',
        organisation: 'Kommunen',
      }),
    );
  });

  it('has no axe violations: empty, with errors, and closed', async () => {
    const user = userEvent.setup();
    const { unmount } = renderIn(
      'nb',
      <EventRegistration event={event} now={NOW} onSubmit={async () => {}} />,
    );
    expect(await axe()).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: s('nb').submit }));
    expect(await axe()).toHaveNoViolations();
    unmount();
    renderIn(
      'nb',
      <EventRegistration
        event={{ ...event, cancelled: true }}
        now={NOW}
        onSubmit={async () => {}}
      />,
    );
    expect(await axe()).toHaveNoViolations();
  });

  it('posts without scripts: every field has a name, and a server echo starts with its values and errors', () => {
    renderIn(
      'nb',
      <EventRegistration
        event={event}
        now={NOW}
        onSubmit={async () => {}}
        action="/pamelding"
        method="post"
        initialValues={{ name: 'Kari', email: 'kari@', dietary: 'Vegetar', consent: true }}
        initialErrors={{ email: 'Skriv e-postadressen riktig' }}
      />,
    );
    const form = screen.getByRole('form', { name: 'Meld deg på' }) as HTMLFormElement;
    const data = new FormData(form);
    expect(Object.fromEntries(data)).toMatchObject({
      name: 'Kari',
      email: 'kari@',
      organisation: '',
      dietary: 'Vegetar',
      accessibility: '',
      consent: '1',
    });
    const email = screen.getByRole('textbox', { name: /^E-post/ });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Skriv e-postadressen riktig/);
  });
});
