import type { Meta, StoryObj } from '@storybook/react-vite';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { sampleEvents } from '../../sample-data/index.js';
import type { PortalEvent } from '../model.js';
import { EventCard } from './EventCard.js';

const [conference, breakfast, webinar] = sampleEvents as [PortalEvent, PortalEvent, PortalEvent];
const NOW = Date.parse('2026-12-01T12:00:00Z');

const meta = {
  title: 'Portal/Events/EventCard',
  component: EventCard,
  args: { event: conference, now: NOW },
  decorators: [withoutNavigation],
} satisfies Meta<typeof EventCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A two-day, all-day conference, in person and online, open for registration. */
export const OpenMultiDay: Story = {};

/** A one-hour breakfast meeting with few places left, in nynorsk. */
export const FewPlacesLeft: Story = { args: { event: breakfast } };

/** A full webinar that takes a waiting list. */
export const FullWithWaitingList: Story = { args: { event: webinar } };

/** Every other state on one list: closed, cancelled and past. */
export const OtherStates: Story = {
  render: (args) => (
    <ul style={{ display: 'grid', gap: '1rem', padding: 0, margin: 0, listStyle: 'none' }}>
      <EventCard
        {...args}
        as="li"
        event={{ ...breakfast, id: 'c', registration: { status: 'closed' } }}
      />
      <EventCard {...args} as="li" event={{ ...conference, id: 'x', cancelled: true }} />
      <EventCard
        {...args}
        as="li"
        event={{
          ...webinar,
          id: 'p',
          start: '2026-06-10T13:00:00+02:00',
          end: '2026-06-10T14:30:00+02:00',
        }}
      />
    </ul>
  ),
};
