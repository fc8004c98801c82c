import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { narrowPage } from '../../../../../.storybook/narrow.js';
import { CommentForm } from '../../comments/comment-form/CommentForm.js';
import { CommentThread } from '../../comments/comment-thread/CommentThread.js';
import { sampleComments } from '../../comments/fixtures.js';
import { sampleCases } from '../../sample-data/index.js';
import { ProgressTimeline } from '../../status/progress-timeline/ProgressTimeline.js';
import type { InnovationCase } from '../types.js';
import { CaseDetails } from './CaseDetails.js';

const bodo = sampleCases.find((c) => c.id === 'bodo-bestill-buss') as InnovationCase;

/** A case's page as a portal composes it: the case, where it stands, and the conversation. */
function CasePage() {
  return (
    <main>
      <CaseDetails
        case={bodo}
        hrefForLocale={(l) => `#/${l}/saker/bodo-bestill-buss`}
        comments={
          <>
            <CommentThread
              comments={sampleComments(Date.parse('2026-11-30T12:00:00Z'))}
              headingLevel={3}
              onVote={fn()}
              onReport={fn()}
            />
            <CommentForm onSubmit={fn(async () => {})} headingLevel={3} privacyHref="#personvern" />
          </>
        }
      />
      <ProgressTimeline
        headingLevel={2}
        milestones={[
          { id: 'p', status: 'identifying-problems', date: '2021-09-01' },
          { id: 'i', status: 'generating-ideas', date: '2021-11-15' },
          { id: 'd', status: 'developing-proposals', date: '2022-02-01' },
          { id: 'm', status: 'implementing', date: '2022-08-15' },
          {
            id: 'e',
            status: 'evaluating',
            date: '2023-09-01',
            decidedBy: 'Samferdselsutvalget',
            language: 'nb',
          },
          { id: 's', status: 'diffusing-lessons' },
        ]}
      />
    </main>
  );
}

const meta = {
  title: 'Portal/Pages/Case page',
  component: CasePage,
  decorators: [withoutNavigation],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof CasePage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Wide: Story = {};

/** The same page 320 px wide: nothing scrolls sideways. */
export const Narrow: Story = narrowPage;
