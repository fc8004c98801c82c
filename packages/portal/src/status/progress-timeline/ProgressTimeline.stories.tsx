import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ProgressTimeline } from './ProgressTimeline.js';

const meta = {
  title: 'Portal/Status/ProgressTimeline',
  component: ProgressTimeline,
  args: { milestones: [] },
} satisfies Meta<typeof ProgressTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A citizen's idea that was evaluated and turned down, with the council's reason. */
export const RejectedIdea: Story = {
  args: {
    milestones: [
      { id: 'in', status: 'received', date: '2026-03-02' },
      {
        id: 'eval',
        status: 'under-evaluation',
        date: '2026-03-20',
        decidedBy: 'Bymiljøetaten',
        language: 'nb',
      },
      {
        id: 'no',
        status: 'rejected',
        date: '2026-05-11',
        decidedBy: 'Bystyret',
        reason:
          'Gata er for smal til sykkelfelt på begge sider. Forslaget blir tatt med når gata skal bygges om i 2029.',
        language: 'nb',
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole('listitem');
    await expect(items[2]).toHaveAttribute('aria-current', 'step');
  },
};

/** An idea that was accepted and then put into practice. */
export const Implemented: Story = {
  args: {
    milestones: [
      { id: 'in', status: 'received', date: '2025-10-01' },
      { id: 'eval', status: 'under-evaluation', date: '2025-10-15' },
      {
        id: 'yes',
        status: 'accepted',
        date: '2025-12-03',
        decidedBy: 'Oppvekstutvalet',
        language: 'nn',
      },
      { id: 'done', status: 'implemented', date: '2026-08-18' },
    ],
  },
};

/** A case half-way through the innovation stages: the stages ahead are not reached yet. */
export const CaseStages: Story = {
  args: {
    milestones: [
      { id: 'p', status: 'identifying-problems', date: '2025-01-15' },
      { id: 'i', status: 'generating-ideas', date: '2025-04-01' },
      { id: 'd', status: 'developing-proposals', date: '2025-09-30' },
      { id: 'm', status: 'implementing' },
      { id: 'e', status: 'evaluating' },
      { id: 's', status: 'diffusing-lessons' },
    ],
  },
};

/** An idea the person who sent it withdrew. */
export const Withdrawn: Story = {
  args: {
    milestones: [
      { id: 'in', status: 'received', date: '2026-02-10' },
      {
        id: 'out',
        status: 'withdrawn',
        date: '2026-02-12',
        note: 'Trukket av innsenderen.',
        language: 'nb',
      },
    ],
  },
};

/** Nothing recorded yet. */
export const Empty: Story = {};
