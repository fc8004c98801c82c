// An RFC 5545 calendar file for one event, made in the browser. Small on purpose: a calendar
// library would cost more than the whole portal package for this one job.

/** What goes into the calendar entry. */
export interface IcsEventInput {
  /** Unique and stable: the calendar uses it to update the entry rather than add a second one. */
  uid: string;
  title: string;
  description?: string;
  location?: string;
  /** A link back to the event's page (an absolute http(s) URL). */
  url?: string;
  /** ISO 8601: a date-time with an offset or `Z`, or a date (`2026-06-12`) for an all-day event. */
  start: string;
  /** As `start`. For an all-day event, the last day (inclusive). */
  end?: string;
  /** The entry's status. */
  cancelled?: boolean;
}

const CRLF = '\r\n';
const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;

/** TEXT values (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, newlines as \n. */
export function escapeIcsText(value: string): string {
  // One pass; other control characters are not allowed in TEXT and are dropped.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
  return value.replace(/\r\n|[\\;,\r\n]|[\u0000-\u0008\u000b-\u001f\u007f]/g, (ch) => {
    if (ch === '\\') return '\\\\';
    if (ch === ';') return '\\;';
    if (ch === ',') return '\\,';
    if (ch === '\r\n' || ch === '\r' || ch === '\n') return '\\n';
    return '';
  });
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line (RFC 5545, 3.1): no line longer than 75 octets of UTF-8, continuation
 * lines start with one space, and a multi-octet character is never split across lines.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let from = 0;
  let octets = 0;
  let i = 0;
  while (i < line.length) {
    const codePoint = line.codePointAt(i) as number;
    const units = codePoint > 0xffff ? 2 : 1;
    const size = utf8Length(codePoint);
    if (octets + size > 75) {
      parts.push(line.slice(from, i));
      from = i;
      octets = 1; // the space that starts the continuation line
    }
    octets += size;
    i += units;
  }
  parts.push(line.slice(from));
  return parts.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A moment as an RFC 5545 UTC date-time: 20260612T070000Z. */
function utcStamp(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** A calendar date plus some days, as an RFC 5545 DATE: 20260613. */
function dateValue(match: RegExpExecArray, addDays = 0): string {
  const d = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays));
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

/**
 * The `.ics` text for one event, or undefined when its start is not a valid date. Timed events
 * are written in UTC, so every calendar places them at the right instant whatever its own zone;
 * all-day events are dates, with the exclusive end day the standard asks for.
 */
export function eventToIcs(
  event: IcsEventInput,
  options: { now?: Date; productId?: string } = {},
): string | undefined {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId ?? '-//Samskap//Portal//EN'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${utcStamp(options.now ?? new Date())}`,
  ];
  const startDay = dateOnly.exec(event.start.trim());
  if (startDay) {
    const endDay = event.end ? dateOnly.exec(event.end.trim()) : null;
    lines.push(`DTSTART;VALUE=DATE:${dateValue(startDay)}`);
    lines.push(`DTEND;VALUE=DATE:${dateValue(endDay ?? startDay, 1)}`);
  } else {
    const start = new Date(event.start);
    if (Number.isNaN(start.getTime())) return undefined;
    lines.push(`DTSTART:${utcStamp(start)}`);
    const end = event.end ? new Date(event.end) : undefined;
    if (end && !Number.isNaN(end.getTime()) && end.getTime() >= start.getTime()) {
      lines.push(`DTEND:${utcStamp(end)}`);
    }
  }
  lines.push(`SUMMARY:${escapeIcsText(event.title)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeIcsText(event.location)}`);
  // A URI value is not escaped; a URL with a control character or a space is not used.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
  if (event.url && /^https?:\/\/[^\s\u0000-\u001f\u007f]+$/i.test(event.url)) {
    lines.push(`URL:${event.url}`);
  }
  lines.push(`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
