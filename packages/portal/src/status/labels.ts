import { type LabelOverrides, useLabels, warnOnce } from '@samskap/react';
import { isInnovationStage, isProgressStatus, type ProgressStatus } from './model.js';

const keys = {
  received: 'status.value.received',
  'under-evaluation': 'status.value.under-evaluation',
  accepted: 'status.value.accepted',
  rejected: 'status.value.rejected',
  withdrawn: 'status.value.withdrawn',
  implemented: 'status.value.implemented',
  'identifying-problems': 'cases.stage.identifying-problems',
  'generating-ideas': 'cases.stage.generating-ideas',
  'developing-proposals': 'cases.stage.developing-proposals',
  implementing: 'cases.stage.implementing',
  evaluating: 'cases.stage.evaluating',
  'diffusing-lessons': 'cases.stage.diffusing-lessons',
  unknown: 'status.unknown',
  status: 'status.label',
  stage: 'cases.card.stage',
} as const;

/** Names of the strings of a status: each status's name, and the words read before it. */
export type StatusLabelName = keyof typeof keys;
export type StatusLabels = LabelOverrides<StatusLabelName>;

export interface StatusText {
  /** What the status is called in the reader's language. */
  text: string;
  /** The word read before it: "Status" or, for an innovation stage, "Fase". */
  prefix: string;
  /** The status if Samskap knows it, else undefined. */
  known?: ProgressStatus;
}

/**
 * Names a status from data in the reader's language. An unknown or malformed value is named
 * "Unknown status" and warned about in development; it never shows a raw key.
 */
export function useStatusText(component: string, labels?: StatusLabels) {
  const label = useLabels(keys, labels);
  return (status: unknown): StatusText => {
    if (isProgressStatus(status)) {
      return {
        text: label(status),
        prefix: label(isInnovationStage(status) ? 'stage' : 'status'),
        known: status,
      };
    }
    const shown = typeof status === 'string' ? status.slice(0, 40) : typeof status;
    warnOnce(
      `status:${shown}`,
      `Samskap ${component}: unknown status ${JSON.stringify(shown)}; it is shown as "unknown".`,
    );
    return { text: label('unknown'), prefix: label('status') };
  };
}
