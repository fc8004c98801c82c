import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { edgeCases, generateCases, sampleCases } from '../../sample-data/index.js';
import { CaseList } from './CaseList.js';

const meta = {
  title: 'Portal/CaseList',
  component: CaseList,
  args: { cases: sampleCases, pageSize: 6, onPageChange: fn(), onLayoutChange: fn() },
  decorators: [withoutNavigation],
} satisfies Meta<typeof CaseList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Grid: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('article')).toHaveLength(6);
    const [grid, list] = canvas.getAllByRole('button').slice(0, 2) as HTMLElement[];
    await expect(grid).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(list as HTMLElement);
    await expect(list).toHaveAttribute('aria-pressed', 'true');
    await expect(args.onLayoutChange).toHaveBeenCalledWith('list');
  },
};

/** Horizontal cards, one per row. */
export const List: Story = { args: { defaultLayout: 'list' } };

export const Loading: Story = { args: { loading: true } };

/** Nothing matches: the reader is offered a way to clear the filters. */
export const Empty: Story = { args: { cases: [], onClearFilters: fn() } };

export const EmptyWithoutClear: Story = { args: { cases: [] } };

/** One case: the count reads "1 sak" / "1 case", and there is no paging. */
export const OneCase: Story = { args: { cases: sampleCases.slice(0, 1) } };

/** 5,000 generated cases, 12 to a page. */
export const ManyPages: Story = { args: { cases: generateCases(5000), pageSize: 12 } };

/** Every edge case side by side in a 320 px column: nothing overflows. */
export const EdgeCasesNarrow: Story = {
  args: { cases: Object.values(edgeCases), pageSize: 10 },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '20rem' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    for (const card of within(canvasElement).getAllByRole('article')) {
      await expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth + 1);
    }
  },
};
