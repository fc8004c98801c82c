import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../../../../test/axe.js';
import { locales, renderIn } from '../../../../../test/render.js';
import { CookieConsent } from './CookieConsent.js';
import { openCookieSettings } from './channel.js';
import { COOKIE_CONSENT_STORAGE_KEY, createCookieConsent, writeCookieConsent } from './consent.js';

const stored = () => localStorage.getItem(COOKIE_CONSENT_STORAGE_KEY);

describe('CookieConsent', () => {
  it.each([
    ['nb', 'Informasjonskapsler', 'Godta analysekapsler', 'Avvis analysekapsler', 'Bestem senere'],
    ['nn', 'Informasjonskapslar', 'Godta analysekapslar', 'Avvis analysekapslar', 'Bestem seinare'],
    ['en', 'Cookies', 'Accept analytics cookies', 'Reject analytics cookies', 'Decide later'],
  ] as const)(
    'in %s names the banner and offers accept and reject of equal weight in a posting form',
    (locale, heading, accept, reject, later) => {
      renderIn(locale, <CookieConsent policyVersion="1" action="/informasjonskapsler" />);
      expect(screen.getByRole('region', { name: heading })).toBeInTheDocument();
      const yes = screen.getByRole('button', { name: accept });
      const no = screen.getByRole('button', { name: reject });
      expect(yes.getAttribute('data-variant')).toBe(no.getAttribute('data-variant'));
      expect(yes).toHaveAttribute('type', 'submit');
      expect(yes).toHaveAttribute('value', 'accepted');
      expect(no).toHaveAttribute('value', 'rejected');
      const form = yes.closest('form');
      expect(form).toHaveAttribute('method', 'post');
      expect(form).toHaveAttribute('action', '/informasjonskapsler');
      expect(screen.getByRole('button', { name: later })).toBeInTheDocument();
    },
  );

  it('names what the optional cookies are for', () => {
    renderIn('nn', <CookieConsent policyVersion="1" purposes={['Statistikk over besøk']} />);
    expect(
      screen.getByText(/til analyse, for å forstå korleis du bruker nettstaden/),
    ).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('Statistikk over besøk');
  });

  it('stores the choice with its date and policy version, tells the host and focuses the confirmation', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderIn('nb', <CookieConsent policyVersion="2026-11" onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Avvis analysekapsler' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    const answer = onChange.mock.calls[0]?.[0];
    expect(answer).toMatchObject({ choice: 'rejected', version: '2026-11' });
    expect(Number.isNaN(Date.parse(answer.date))).toBe(false);
    expect(JSON.parse(stored() ?? '{}').value).toEqual(answer);
    const confirmation = screen.getByText(/Du har avvist analysekapsler/).closest('[tabindex]');
    expect(confirmation).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Skjul meldingen' }));
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('closing without a choice stores nothing and tells the host nothing', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderIn('en', <CookieConsent policyVersion="1" onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Decide later' }));
    expect(screen.queryByRole('region', { name: 'Cookies' })).toBeNull();
    expect(stored()).toBeNull();
    expect(localStorage.length).toBe(0);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('a stored answer under the current policy hides the banner and is passed to onChange on load', () => {
    const answer = createCookieConsent('accepted', '1');
    writeCookieConsent(answer);
    const onChange = vi.fn();
    renderIn('nb', <CookieConsent policyVersion="1" onChange={onChange} />);
    expect(screen.queryByRole('region')).toBeNull();
    expect(onChange).toHaveBeenCalledWith(answer);
  });

  it('a new policy version asks again', () => {
    writeCookieConsent(createCookieConsent('accepted', '1'));
    const onChange = vi.fn();
    renderIn('nn', <CookieConsent policyVersion="2" onChange={onChange} />);
    expect(screen.getByRole('region', { name: 'Informasjonskapslar' })).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('ignores a garbage stored value and asks', () => {
    localStorage.setItem(
      COOKIE_CONSENT_STORAGE_KEY,
      '{"kind":"samskap-stored","value":{"choice":"yes"}}',
    );
    renderIn('en', <CookieConsent policyVersion="1" />);
    expect(screen.getByRole('region', { name: 'Cookies' })).toBeInTheDocument();
  });

  it('opens again from the cookie settings link, with focus on its heading', () => {
    writeCookieConsent(createCookieConsent('rejected', '1'));
    renderIn('en', <CookieConsent policyVersion="1" />);
    expect(screen.queryByRole('region')).toBeNull();
    act(() => {
      expect(openCookieSettings()).toBe(true);
    });
    expect(screen.getByRole('heading', { name: 'Cookies' })).toHaveFocus();
  });

  it('has no axe violations in any language, asking and confirmed', async () => {
    const user = userEvent.setup();
    for (const locale of locales) {
      const { unmount } = renderIn(
        locale,
        <CookieConsent policyVersion="1" purposes={['x']} cookiePageHref="/cookies" />,
      );
      expect(await axe()).toHaveNoViolations();
      await user.click(screen.getAllByRole('button')[0] as HTMLElement);
      expect(await axe()).toHaveNoViolations();
      unmount();
      localStorage.clear();
    }
  });
});
