import { parseDataDate } from '../shared/DateText.js';
import { asNumber, asText } from '../shared/data.js';

/** How people take part. */
export type EventAttendance = 'in-person' | 'online' | 'hybrid';

/** Where an event takes place. Every field is untrusted. */
export interface EventVenue {
  /** "Bodø rådhus". */
  name?: string;
  /** The street address, as one line or several. */
  address?: string;
  /** What a visitor with a disability needs to know: step-free entrance, hearing loop, toilets. */
  accessibility?: string[];
}

/** What the organiser says about registration. */
export interface EventRegistration {
  /** `closed` when the organiser has stopped it; otherwise it is open until `deadline`. */
  status?: 'open' | 'closed';
  /** The last moment to register, ISO 8601. */
  deadline?: string;
  /** Places left; 0 means full. Unknown when missing. */
  placesLeft?: number;
  /** Whether a full event takes a waiting list. */
  waitingList?: boolean;
  /** Where to register, when it is not on this page. */
  href?: string;
}

/** One event of the portal (a conference, a meeting, a webinar). Every text field is untrusted. */
export interface PortalEvent {
  id: string;
  title: string;
  summary?: string;
  /** The event's own page. */
  href?: string;
  /** ISO 8601: a date-time with an offset (timed) or a date (`2026-09-29`, all day). */
  start: string;
  /** As `start`; for an all-day event the last day, inclusive. */
  end?: string;
  /** @default 'in-person' */
  attendance?: EventAttendance;
  venue?: EventVenue;
  organiser?: string;
  registration?: EventRegistration;
  /** The organiser cancelled it. */
  cancelled?: boolean;
  /** A recording to watch afterwards. */
  recordingHref?: string;
  /** The BCP 47 language of the event's texts. */
  language?: string;
}

/** Where registration stands, in the order a reader cares about. */
export type RegistrationState =
  | 'open'
  | 'few-places'
  | 'waiting-list'
  | 'closed'
  | 'cancelled'
  | 'past';

/** At or below this many places left, the card says so. */
export const FEW_PLACES = 10;

/** The state of registration at `now`, from what the organiser gave. Safe on any record. */
export function registrationState(event: PortalEvent, now: number = Date.now()): RegistrationState {
  if (event.cancelled === true) return 'cancelled';
  const end = parseDataDate(event.end) ?? parseDataDate(event.start);
  if (end) {
    // An all-day event lasts to the end of its last day.
    const over = end.date.getTime() + (end.allDay ? 86_400_000 : 0);
    if (over <= now) return 'past';
  }
  const reg =
    event.registration && typeof event.registration === 'object' ? event.registration : {};
  if (reg.status === 'closed') return 'closed';
  const deadline = parseDataDate(reg.deadline);
  if (deadline && deadline.date.getTime() < now) return 'closed';
  const places = asNumber(reg.placesLeft);
  if (places !== undefined && places <= 0)
    return reg.waitingList === true ? 'waiting-list' : 'closed';
  if (places !== undefined && places <= FEW_PLACES) return 'few-places';
  return 'open';
}

/** The event's place as one line, for a card or a calendar entry. */
export function placeLine(event: PortalEvent): string | undefined {
  const venue = event.venue && typeof event.venue === 'object' ? event.venue : undefined;
  const parts = [asText(venue?.name), asText(venue?.address)?.replace(/\s*\n\s*/g, ', ')].filter(
    Boolean,
  );
  return parts.length ? parts.join(', ') : undefined;
}
