import type { Meta, StoryObj } from '@storybook/react-vite';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { narrowPage } from '../../../../../.storybook/narrow.js';
import { sampleEvents } from '../../sample-data/index.js';
import { EventCard } from '../event-card/EventCard.js';
import type { PortalEvent } from '../model.js';
import { EventDetails } from './EventDetails.js';

const [conference, breakfast, webinar] = sampleEvents as [PortalEvent, PortalEvent, PortalEvent];
const NOW = Date.parse('2026-12-01T12:00:00Z');

/** An event's page as a portal composes it: the event, then other events. */
function EventPage() {
  return (
    <main>
      <EventDetails
        event={conference}
        now={NOW}
        calendarUrl="https://samskap.example/arrangementer/1"
      />
      <aside aria-label="Flere arrangementer" lang="nb">
        <ul style={{ display: 'grid', gap: '1rem', padding: 0, listStyle: 'none' }}>
          <EventCard as="li" event={breakfast} now={NOW} headingLevel={2} />
          <EventCard as="li" event={webinar} now={NOW} headingLevel={2} />
        </ul>
      </aside>
    </main>
  );
}

const meta = {
  title: 'Portal/Pages/Event page',
  component: EventPage,
  decorators: [withoutNavigation],
} satisfies Meta<typeof EventPage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Wide: Story = {};

/** The same page 320 px wide: nothing scrolls sideways. */
export const Narrow: Story = narrowPage;
