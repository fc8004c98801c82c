import { useSamskapLocale } from '@samskap/react';
import type { HTMLAttributes } from 'react';

/** The portal's own time zone: events, decisions and updates are dated as people in Norway see them. */
export const PORTAL_TIME_ZONE = 'Europe/Oslo';

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date or date-time from data as a `Date` and the `dateTime` attribute to give it, or
 * undefined when it is not a valid date. A date without a time stays a calendar date.
 */
export function parseDataDate(
  value: unknown,
): { date: Date; iso: string; allDay: boolean } | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  // Dates from data are short; a long string is not a date, and is not parsed.
  if (typeof value === 'string' && value.length > 40) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  const allDay = typeof value === 'string' && dateOnly.test(value.trim());
  return { date, iso: allDay ? (value as string).trim() : date.toISOString(), allDay };
}

export interface DateTextProps extends Omit<HTMLAttributes<HTMLTimeElement>, 'children'> {
  /** An ISO 8601 date (`2026-09-14`) or date-time. Anything else renders nothing. */
  value: unknown;
  /** Show the time of day too (ignored for a date without a time). @default false */
  withTime?: boolean;
}

/**
 * A date from data in a `<time>` element, in the reader's language: "14. september 2026". A
 * calendar date is shown as that date everywhere; a date-time in the portal's time zone.
 */
export function DateText({ value, withTime = false, ...rest }: DateTextProps) {
  const { formatDate, formatDateTime } = useSamskapLocale();
  const parsed = parseDataDate(value);
  if (!parsed) return null;
  const text = parsed.allDay
    ? formatDate(parsed.date, { dateStyle: 'long', timeZone: 'UTC' })
    : withTime
      ? formatDateTime(parsed.date, {
          dateStyle: 'long',
          timeStyle: 'short',
          timeZone: PORTAL_TIME_ZONE,
        })
      : formatDate(parsed.date, { dateStyle: 'long', timeZone: PORTAL_TIME_ZONE });
  return (
    <time dateTime={parsed.iso} {...rest}>
      {text}
    </time>
  );
}
