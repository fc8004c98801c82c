import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { CookieConsent } from './CookieConsent.js';

const storageKey = 'samskap-story-cookie-consent';

const meta = {
  title: 'Portal/Frame/CookieConsent',
  component: CookieConsent,
  decorators: [withoutNavigation],
  args: {
    policyVersion: '2026-12',
    action: '#/informasjonskapsler/svar',
    cookiePageHref: '#/informasjonskapsler',
    storageKey,
    onChange: fn(),
  },
  // Every story starts as a first visit.
  beforeEach: () => {
    localStorage.removeItem(storageKey);
  },
} satisfies Meta<typeof CookieConsent>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The first visit: what the cookies are for, and two answers of equal weight. */
export const FirstVisit: Story = {
  parameters: { a11yTree: true },
  args: { purposes: ['Statistikk over hvilke sider som blir brukt'] },
};

/** After an answer: the confirmation takes focus, and the host has heard the answer. */
export const Answered: Story = {
  play: async ({ canvasElement, args }) => {
    const reject = canvasElement.querySelector<HTMLButtonElement>('button[value="rejected"]');
    await userEvent.click(reject as HTMLButtonElement);
    await expect(args.onChange).toHaveBeenCalledWith(
      expect.objectContaining({ choice: 'rejected', version: '2026-12' }),
    );
    await expect(
      canvasElement.querySelector('[role] [tabindex="-1"], [tabindex="-1"]'),
    ).toBeTruthy();
    await expect(localStorage.getItem(storageKey)).toContain('"rejected"');
  },
};
