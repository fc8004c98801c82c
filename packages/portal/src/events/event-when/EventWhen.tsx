import { eventsStrings } from '@samskap/i18n';
import {
  type LabelOverrides,
  useLabels,
  useSamskapLocale,
  useSamskapStrings,
} from '@samskap/react';
import { PORTAL_TIME_ZONE, parseDataDate } from '../../shared/DateText.js';

const keys = { osloTime: 'events.osloTime' } as const;
export type EventWhenLabels = LabelOverrides<keyof typeof keys>;

let dayFormat: Intl.DateTimeFormat | undefined;
/** The calendar day of a moment in Oslo, as YYYY-MM-DD. */
function osloDay(date: Date): string {
  dayFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: PORTAL_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return dayFormat.format(date);
}

export interface EventWhenProps {
  /** ISO 8601 date-time with offset, or a date for an all-day event. */
  start: unknown;
  /** As `start`; for an all-day event the last day. */
  end?: unknown;
  labels?: EventWhenLabels;
}

/**
 * When an event takes place, each end in a `<time>`: "12. juni 2026 kl. 09:00–15:30 (norsk
 * tid)", "29.–30. september" as two dates for a multi-day event, and dates only for an all-day
 * one. Times are shown in Oslo's time zone whatever the reader's computer is set to.
 */
export function EventWhen({ start, end, labels }: EventWhenProps) {
  useSamskapStrings('events', eventsStrings);
  const label = useLabels(keys, labels);
  const { formatDate, formatDateTime } = useSamskapLocale();
  const from = parseDataDate(start);
  if (!from) return null;
  const to = parseDataDate(end);
  const zone = { timeZone: PORTAL_TIME_ZONE } as const;

  if (from.allDay) {
    const day = (d: Date) => formatDate(d, { dateStyle: 'long', timeZone: 'UTC' });
    return (
      <span>
        <time dateTime={from.iso}>{day(from.date)}</time>
        {to?.allDay && to.iso > from.iso ? (
          <>
            {' – '}
            <time dateTime={to.iso}>{day(to.date)}</time>
          </>
        ) : null}
      </span>
    );
  }

  const full = (d: Date) => formatDateTime(d, { dateStyle: 'long', timeStyle: 'short', ...zone });
  const valid = to && !to.allDay && to.date.getTime() > from.date.getTime() ? to : undefined;
  const sameDay = valid ? osloDay(valid.date) === osloDay(from.date) : false;
  return (
    <span>
      <time dateTime={from.iso}>{full(from.date)}</time>
      {valid ? (
        <>
          {sameDay ? '–' : ' – '}
          <time dateTime={valid.iso}>
            {sameDay
              ? formatDateTime(valid.date, { timeStyle: 'short', ...zone })
              : full(valid.date)}
          </time>
        </>
      ) : null}{' '}
      ({label('osloTime')})
    </span>
  );
}
