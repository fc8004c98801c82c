import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { sampleEvents } from '../../sample-data/index.js';
import type { PortalEvent } from '../model.js';
import { EventDetails } from './EventDetails.js';

const [conference, breakfast, webinar] = sampleEvents as [PortalEvent, PortalEvent, PortalEvent];
const NOW = Date.parse('2026-12-01T12:00:00Z');

const meta = {
  title: 'Portal/Events/EventDetails',
  component: EventDetails,
  args: { event: conference, now: NOW },
  decorators: [withoutNavigation],
} satisfies Meta<typeof EventDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Open, with a deadline, the venue's accessibility and "Add to calendar". */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('button')).toHaveLength(1);
  },
};

/** A timed event in Oslo time, few places left, registration on another page. */
export const FewPlacesLeft: Story = {
  args: { event: { ...breakfast, registration: { placesLeft: 3, href: '#pamelding' } } },
};

/** Full, with a waiting list. */
export const FullWithWaitingList: Story = {
  args: {
    event: { ...webinar, registration: { placesLeft: 0, waitingList: true, href: '#venteliste' } },
  },
};

/** Registration closed by the organiser. */
export const Closed: Story = {
  args: { event: { ...breakfast, registration: { status: 'closed' } } },
};

/** Cancelled: said in an alert, and no calendar file. */
export const Cancelled: Story = { args: { event: { ...conference, cancelled: true } } };

/** Over, with a link to the recording. */
export const PastWithRecording: Story = {
  args: {
    event: {
      ...webinar,
      start: '2026-06-10T13:00:00+02:00',
      end: '2026-06-10T14:30:00+02:00',
      recordingHref: 'https://video.example/webinar',
    },
  },
};
