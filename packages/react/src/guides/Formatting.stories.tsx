import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { useSamskapLocale } from '../provider/useSamskapLocale.js';

// A fixed moment so the story reads the same every day: Monday 30 November 2026, 13:05 UTC.
const now = Date.UTC(2026, 10, 30, 13, 5);
const hour = 3_600_000;
const day = 24 * hour;

/** What `useSamskapLocale()`'s formatters give in the toolbar's language. */
function Formatted() {
  const f = useSamskapLocale();
  const utc = { timeZone: 'UTC' } as const;
  const rows: Array<[string, string]> = [
    ['formatDate', f.formatDate(now, { dateStyle: 'full', ...utc })],
    ['formatDateTime', f.formatDateTime(now, { dateStyle: 'long', timeStyle: 'short', ...utc })],
    ['formatRelativeTime', f.formatRelativeTime(now - 3 * hour, { now })],
    ['formatRelativeTime', f.formatRelativeTime(now - day, { now })],
    ['formatRelativeTime', f.formatRelativeTime(now + 14 * day, { now })],
    ['formatNumber', f.formatNumber(1234567.5)],
    ['formatList', f.formatList(['Oslo', 'Bergen', 'Tromsø'])],
    ['displayCountry', f.displayCountry('NO')],
  ];
  return (
    <table>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={`${name}${value}`}>
            <th scope="row">
              <code>{name}</code>
            </th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const meta = {
  title: 'Foundations/Formatting',
  component: Formatted,
} satisfies Meta<typeof Formatted>;

export default meta;

const expected: Record<string, Array<string | RegExp>> = {
  nb: ['mandag 30. november 2026', 'for 3 timer siden', 'i går', 'om 2 uker', 'Norge'],
  // Chromium has no nynorsk data in its ICU; these come from Samskap's own fix-ups there.
  nn: ['måndag 30. november 2026', 'for 3 timar sidan', 'i går', 'om 2 veker', 'Noreg'],
  // Engines differ on the comma after the weekday in English.
  en: [/^Monday,? 30 November 2026$/, '3 hours ago', 'yesterday', 'in 2 weeks', 'Norway'],
};

/** Dates, relative times, numbers, lists and country names through `Intl`. */
export const InEachLanguage: StoryObj<typeof meta> = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    for (const text of expected[globals.locale as string] ?? []) {
      await expect(canvas.getByText(text)).toBeInTheDocument();
    }
  },
};
