import { eventsStrings } from '@samskap/i18n';
import { Button, type LabelOverrides, Link, useLabels, useSamskapStrings } from '@samskap/react';
import { eventToIcs, type IcsEventInput } from '../ics.js';

const keys = { addToCalendar: 'events.addToCalendar' } as const;
export type AddToCalendarLabels = LabelOverrides<keyof typeof keys>;

export interface AddToCalendarProps {
  /** The calendar entry. */
  event: IcsEventInput;
  /** The file's name, without `.ics`. @default the event's uid, made safe for a file name */
  fileName?: string;
  /**
   * Where a server hands out the same `.ics` file. With it, this is a link to that file (which
   * works before scripts load and without them) instead of a button that makes it in the browser.
   */
  href?: string;
  labels?: AddToCalendarLabels;
}

/**
 * A button that saves the event as an `.ics` file, made in the browser when it is pressed (a
 * Blob URL, released right after), so no server is needed and nothing is built that nobody uses.
 */
export function AddToCalendar({ event, fileName, href, labels }: AddToCalendarProps) {
  useSamskapStrings('events', eventsStrings);
  const label = useLabels(keys, labels);
  const name = `${(fileName ?? event.uid).replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60) || 'event'}.ics`;
  if (href) {
    return (
      <Link href={href} download={name}>
        {label('addToCalendar')}
      </Link>
    );
  }
  const download = () => {
    const ics = eventToIcs(event);
    if (!ics) return;
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    // Give the browser a moment to start the download before the URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <Button type="button" variant="secondary" onClick={download}>
      {label('addToCalendar')}
    </Button>
  );
}
