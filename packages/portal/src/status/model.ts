import type { BadgeColor } from '@samskap/react';
import { type InnovationStage, innovationStages } from '../cases/types.js';

/** Where an idea, a tip or a proposal is in its handling, in order. */
export const ideaStatuses = [
  'received',
  'under-evaluation',
  'accepted',
  'rejected',
  'withdrawn',
  'implemented',
] as const;
export type IdeaStatus = (typeof ideaStatuses)[number];

/** A status a `StatusBadge` knows: an idea's handling or a case's innovation stage. */
export type ProgressStatus = IdeaStatus | InnovationStage;

const statusSet: ReadonlySet<string> = new Set<string>([...ideaStatuses, ...innovationStages]);

/** True for the statuses Samskap has names for. Safe on any value from data. */
export function isProgressStatus(value: unknown): value is ProgressStatus {
  return typeof value === 'string' && statusSet.has(value);
}

/** True for one of the six innovation stages (named "Fase" rather than "Status"). */
export function isInnovationStage(value: unknown): value is InnovationStage {
  return typeof value === 'string' && (innovationStages as readonly string[]).includes(value);
}

// The colour only groups statuses; the words always say which one it is (WCAG 1.4.1).
export const statusColor: Record<ProgressStatus, BadgeColor> = {
  received: 'neutral',
  'under-evaluation': 'info',
  accepted: 'success',
  rejected: 'danger',
  withdrawn: 'neutral',
  implemented: 'success',
  'identifying-problems': 'info',
  'generating-ideas': 'info',
  'developing-proposals': 'info',
  implementing: 'success',
  evaluating: 'success',
  'diffusing-lessons': 'accent',
};
