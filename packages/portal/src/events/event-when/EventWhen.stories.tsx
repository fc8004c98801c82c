import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { EventWhen } from './EventWhen.js';

const meta = {
  title: 'Portal/Events/EventWhen',
  component: EventWhen,
  args: { start: '2027-01-14T08:00:00+01:00', end: '2027-01-14T09:30:00+01:00' },
} satisfies Meta<typeof EventWhen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One day with times, in Oslo time whatever the reader's computer is set to. */
export const SameDay: Story = {
  play: async ({ canvasElement }) => {
    const times = canvasElement.querySelectorAll('time');
    await expect(times).toHaveLength(2);
    await expect(times[0]).toHaveAttribute('datetime');
  },
};

/** Dates only: an all-day event over two days. */
export const AllDayOverTwoDays: Story = { args: { start: '2027-09-29', end: '2027-09-30' } };

/** A date that cannot be read renders nothing rather than "Invalid Date". */
export const Unreadable: Story = {
  args: { start: 'neste tirsdag', end: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByText(/Invalid/)).toBeNull();
  },
};
