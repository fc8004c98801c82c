import { resources, type SamskapLocale } from '@samskap/i18n';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { sampleEvents } from '../../sample-data/index.js';
import type { PortalEvent } from '../model.js';
import {
  EventRegistration,
  type EventRegistrationResult,
  type EventRegistrationSubmission,
} from './EventRegistration.js';

const [conference] = sampleEvents as [PortalEvent];
const NOW = Date.parse('2026-12-01T12:00:00Z');

const meta = {
  title: 'Portal/Events/EventRegistration',
  component: EventRegistration,
  args: {
    event: conference,
    now: NOW,
    onSubmit: fn(
      async (_r: EventRegistrationSubmission): Promise<EventRegistrationResult> => ({
        reference: 'P-2027-0142',
      }),
    ),
  },
  decorators: [withoutNavigation],
} satisfies Meta<typeof EventRegistration>;

export default meta;
type Story = StoryObj<typeof meta>;

const stringsFor = (locale: unknown) =>
  resources[(locale as SamskapLocale) in resources ? (locale as SamskapLocale) : 'nb']
    .eventRegistration;

/** Open: name, email, organisation, food and accessibility needs, and consent, never ticked. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('checkbox')).not.toBeChecked();
  },
};

/** Sent empty: the summary takes focus and lists name, email and consent. */
export const WithErrors: Story = {
  parameters: { a11yTree: true },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: s.submit }));
    const summary = await canvas.findByRole('alert');
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    await expect(within(summary).getAllByRole('link')).toHaveLength(3);
  },
};

/** Full, with a waiting list: the heading and the button say "join the waiting list". */
export const WaitingList: Story = {
  args: { event: { ...conference, registration: { placesLeft: 0, waitingList: true } } },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals.locale);
    await expect(
      within(canvasElement).getByRole('button', { name: s.submitWaitingList }),
    ).toBeInTheDocument();
  },
};

/** Registration closed: no form, and it says why. */
export const Closed: Story = {
  args: { event: { ...conference, registration: { status: 'closed' } } },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('form')).toBeNull();
    await expect(canvas.getByText(s.closed)).toBeInTheDocument();
  },
};

/** Sent: the confirmation takes focus, gives the reference and offers "add to calendar". */
export const Sent: Story = {
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals.locale);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: new RegExp(`^${s.name}`) }), 'Kari');
    await userEvent.type(
      canvas.getByRole('textbox', { name: new RegExp(`^${s.email}`) }),
      'kari@example.com',
    );
    await userEvent.click(canvas.getByRole('checkbox'));
    await userEvent.click(canvas.getByRole('button', { name: s.submit }));
    const heading = await canvas.findByText(s.receiptHeading);
    const confirmation = heading.closest('[tabindex="-1"]') as HTMLElement;
    await waitFor(() => expect(confirmation).toHaveFocus());
    await expect(within(confirmation).getByRole('button')).toBeInTheDocument();
  },
};
