import { contentLanguage } from '@samskap/i18n';
import {
  Badge,
  Card,
  CardLink,
  type CardProps,
  Heading,
  type HeadingLevel,
  Paragraph,
  safeUrl,
  useSamskapLocale,
} from '@samskap/react';
import { forwardRef } from 'react';
import { asNumber, asText } from '../../shared/data.js';
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
 * and where registration stands, in words.
 */
export const EventCard = forwardRef<HTMLElement, EventCardProps>(function EventCard(
  { event, headingLevel = 3, now, labels, ...rest },
  ref,
) {
  const label = useEventLabels(labels);
  const { locale } = useSamskapLocale();
  const lang = contentLanguage(event.language, locale);
  const href = safeUrl(asText(event.href));
  const title = asText(event.title) ?? '';
  const state = registrationState(event, now);
  const attendance = (['in-person', 'online', 'hybrid'] as const).find(
    (a) => a === event.attendance,
  );
  const place = placeLine(event);
  return (
    <Card ref={ref} {...rest}>
      <Heading level={headingLevel} size="md" lang={lang} dir="auto">
        {href ? <CardLink href={href}>{title}</CardLink> : title}
      </Heading>
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
