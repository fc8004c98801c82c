import type { Meta, StoryObj } from '@storybook/react-vite';
import { AddToCalendar } from './AddToCalendar.js';

const meta = {
  title: 'Portal/Events/AddToCalendar',
  component: AddToCalendar,
  args: {
    event: {
      uid: 'klarsprak-frukost-2027@portal.example',
      title: 'Frukostmøte: klarspråk i vedtaksbrev',
      location: 'Storgata 1, Oslo',
      start: '2027-01-14T08:00:00+01:00',
      end: '2027-01-14T09:00:00+01:00',
    },
  },
} satisfies Meta<typeof AddToCalendar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A button that saves an `.ics` file when pressed. */
export const Default: Story = {};
