import { eventsStrings } from '@samskap/i18n';
import { type BadgeColor, type LabelOverrides, useLabels, useSamskapStrings } from '@samskap/react';
import type { RegistrationState } from './model.js';

const keys = {
  when: 'events.when',
  where: 'events.where',
  organiser: 'events.organiser',
  format: 'events.attendance.label',
  'in-person': 'events.attendance.in-person',
  online: 'events.attendance.online',
  hybrid: 'events.attendance.hybrid',
  accessibility: 'events.accessibility',
  registration: 'events.registration.label',
  open: 'events.registration.open',
  deadline: 'events.registration.deadline',
  fewPlaces: 'events.registration.fewPlaces',
  waitingList: 'events.registration.waitingList',
  closed: 'events.registration.closed',
  cancelled: 'events.registration.cancelled',
  past: 'events.registration.past',
  register: 'events.registration.register',
  joinWaitingList: 'events.registration.joinWaitingList',
  recording: 'events.registration.recording',
} as const;

export type EventLabelName = keyof typeof keys;
export type EventLabels = LabelOverrides<EventLabelName>;

export function useEventLabels(labels?: EventLabels) {
  useSamskapStrings('events', eventsStrings);
  return useLabels(keys, labels);
}

/** The colour only groups states; the words always say which one it is. */
export const stateColor: Record<RegistrationState, BadgeColor> = {
  open: 'success',
  'few-places': 'warning',
  'waiting-list': 'warning',
  closed: 'neutral',
  cancelled: 'danger',
  past: 'neutral',
};

/** The words for a registration state. */
export function stateText(
  label: ReturnType<typeof useEventLabels>,
  state: RegistrationState,
  placesLeft: number | undefined,
): string {
  switch (state) {
    case 'few-places':
      return label('fewPlaces', { count: placesLeft ?? 0 });
    case 'waiting-list':
      return label('waitingList');
    default:
      return label(state);
  }
}
