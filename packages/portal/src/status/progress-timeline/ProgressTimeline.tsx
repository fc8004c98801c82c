import { contentLanguage } from '@samskap/i18n';
import {
  Badge,
  Heading,
  type HeadingLevel,
  type LabelOverrides,
  List,
  Paragraph,
  useLabels,
  useSamskapLocale,
  warnOnce,
} from '@samskap/react';
import { forwardRef, type HTMLAttributes, useId } from 'react';
import { DateText, parseDataDate } from '../../shared/DateText.js';
import { asRecords, asText } from '../../shared/data.js';
import { type StatusLabels, useStatusText } from '../labels.js';
import type { ProgressStatus } from '../model.js';
import { Step, StepHead, StepMeta, StepName } from './ProgressTimeline.styles.js';

/** One step an idea or a case went through, or will go through. Every field is untrusted. */
export interface ProgressMilestone {
  /** A stable identifier, unique in the list; `current` may name it. */
  id?: string;
  /** The status reached at this step. */
  status: ProgressStatus | (string & {});
  /** When it was reached, as an ISO 8601 date or date-time. A step without a date is planned. */
  date?: string;
  /** Who made the decision: a person, a board, a council. */
  decidedBy?: string;
  /** Why: shown for any step, and expected for a rejection. */
  reason?: string;
  /** A short note on the step. */
  note?: string;
  /** The BCP 47 language of `decidedBy`, `reason` and `note`, when not the page's. */
  language?: string;
}

const keys = {
  label: 'status.timeline.label',
  current: 'status.timeline.current',
  upcoming: 'status.timeline.upcoming',
  decidedBy: 'status.timeline.decidedBy',
  reason: 'status.timeline.reason',
  empty: 'status.timeline.empty',
} as const;

export type ProgressTimelineLabels = LabelOverrides<keyof typeof keys>;

export interface ProgressTimelineProps extends HTMLAttributes<HTMLElement> {
  /** The steps, oldest first. Steps after the current one are shown as not reached yet. */
  milestones: readonly ProgressMilestone[];
  /**
   * The current step, by `id` or by position. Defaults to the last step that has a date.
   */
  current?: string | number;
  /**
   * The level of the timeline's heading, to fit the page's outline.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /** Overrides of the built-in strings. */
  labels?: ProgressTimelineLabels;
  /** Overrides of the status names. */
  statusLabels?: StatusLabels;
}

function currentIndex(steps: ProgressMilestone[], current: string | number | undefined): number {
  if (typeof current === 'number' && Number.isInteger(current)) {
    return Math.min(Math.max(current, -1), steps.length - 1);
  }
  if (typeof current === 'string') {
    const found = steps.findIndex((s) => s.id === current);
    if (found >= 0) return found;
    warnOnce(
      `timeline-current:${current.slice(0, 40)}`,
      `Samskap ProgressTimeline: no step has the id ${JSON.stringify(current.slice(0, 40))}; the last dated step is current.`,
    );
  }
  for (let i = steps.length - 1; i >= 0; i--) {
    if (parseDataDate(steps[i]?.date)) return i;
  }
  return -1;
}

/**
 * The steps an idea or a case has gone through, as an ordered list: each step's status, its
 * date, who decided and why. The current step is marked in words and with
 * `aria-current="step"`; later steps say they are not reached yet.
 */
export const ProgressTimeline = forwardRef<HTMLElement, ProgressTimelineProps>(
  function ProgressTimeline(
    { milestones, current, headingLevel = 2, labels, statusLabels, ...rest },
    ref,
  ) {
    const label = useLabels(keys, labels);
    const nameOf = useStatusText('ProgressTimeline', statusLabels);
    const { locale } = useSamskapLocale();
    const headingId = useId();
    const steps = asRecords<ProgressMilestone>(milestones);
    const now = currentIndex(steps, current);

    return (
      <section ref={ref} aria-labelledby={headingId} {...rest}>
        <Heading level={headingLevel} size="sm" id={headingId}>
          {label('label')}
        </Heading>
        {steps.length === 0 ? (
          <Paragraph variant="subtle">{label('empty')}</Paragraph>
        ) : (
          <List ordered>
            {steps.map((step, i) => {
              const state = i < now ? 'done' : i === now ? 'current' : 'upcoming';
              const lang = contentLanguage(step.language, locale);
              const decidedBy = asText(step.decidedBy);
              const reason = asText(step.reason);
              const note = asText(step.note);
              return (
                <li
                  key={asText(step.id) ?? `step-${i}`}
                  aria-current={state === 'current' ? 'step' : undefined}
                >
                  <Step data-state={state}>
                    <StepHead>
                      <StepName>{nameOf(step.status).text}</StepName>
                      {state === 'current' ? (
                        <Badge color="accent" variant="strong" size="sm">
                          {label('current')}
                        </Badge>
                      ) : null}
                      {state === 'upcoming' ? <Badge size="sm">{label('upcoming')}</Badge> : null}
                    </StepHead>
                    {state !== 'upcoming' ? <DateText value={step.date} /> : null}
                    {decidedBy || reason ? (
                      <StepMeta>
                        {decidedBy ? (
                          <div>
                            <dt>{label('decidedBy')}</dt>
                            <dd lang={lang} dir="auto">
                              {decidedBy}
                            </dd>
                          </div>
                        ) : null}
                        {reason ? (
                          <div>
                            <dt>{label('reason')}</dt>
                            <dd lang={lang} dir="auto">
                              {reason}
                            </dd>
                          </div>
                        ) : null}
                      </StepMeta>
                    ) : null}
                    {note ? (
                      <Paragraph size="sm" lang={lang} dir="auto">
                        {note}
                      </Paragraph>
                    ) : null}
                  </Step>
                </li>
              );
            })}
          </List>
        )}
      </section>
    );
  },
);
