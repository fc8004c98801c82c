import { Badge, Card, type CardProps, type HeadingLevel, Paragraph } from '@samskap/react';
import { forwardRef } from 'react';
import { CardTitle } from '../../shared/CardTitle.js';
import { asNumber, asText } from '../../shared/data.js';
import { safeHref } from '../../shared/urls.js';
import { useContentLanguage } from '../../shared/useContentLanguage.js';
import { EventWhen } from '../event-when/EventWhen.js';
import { type EventLabels, stateColor, stateText, useEventLabels } from '../labels.js';
import { type PortalEvent, placeLine, registrationState } from '../model.js';
import { StateLine } from './EventCard.styles.js';

export interface EventCardProps extends Omit<CardProps, 'children'> {
  event: PortalEvent;
  /** @default 3 */
  headingLevel?: HeadingLevel;
  /** The moment to judge registration by (for tests and server renders). @default Date.now() */
  now?: number;
  labels?: EventLabels;
}

/**
 * An event in a list: the title (the card's one link), when and where, in person or online,
 * and where registration stands, in words. An event whose link is missing or unsafe is shown
 * without a link (with a warning in development).
 */
export const EventCard = forwardRef<HTMLElement, EventCardProps>(function EventCard(
  { event, headingLevel = 3, now, labels, ...rest },
  ref,
) {
  const label = useEventLabels(labels);
  const lang = useContentLanguage(event.language);
  const id = String(event.id).slice(0, 40);
  const href = safeHref(
    asText(event.href),
    `event:${id}`,
    () => `Samskap EventCard: the event "${id}" has no safe href, so its card has no link.`,
  );
  const title = asText(event.title) ?? '';
  const state = registrationState(event, now);
  const attendance = (['in-person', 'online', 'hybrid'] as const).find(
    (a) => a === event.attendance,
  );
  const place = placeLine(event);
  return (
    <Card ref={ref} {...rest}>
      <CardTitle level={headingLevel} size="md" lang={lang} href={href}>
        {title}
      </CardTitle>
      <Paragraph size="sm">
        <EventWhen start={event.start} end={event.end} />
      </Paragraph>
      {place || attendance ? (
        <Paragraph size="sm" variant="subtle">
          {place ? (
            <span lang={lang} dir="auto">
              {place}
            </span>
          ) : null}
          {place && attendance && attendance !== 'in-person' ? ' · ' : null}
          {attendance && (attendance !== 'in-person' || !place) ? label(attendance) : null}
        </Paragraph>
      ) : null}
      <StateLine>
        <Badge color={stateColor[state]} data-state={state}>
          {stateText(label, state, asNumber(event.registration?.placesLeft))}
        </Badge>
      </StateLine>
    </Card>
  );
});
