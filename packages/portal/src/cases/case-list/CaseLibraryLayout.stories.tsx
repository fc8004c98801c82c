import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { sampleCases } from '../../sample-data/index.js';
import { CaseFilters } from '../case-filters/CaseFilters.js';
import { emptyCaseFilters, filterCases } from '../filter.js';
import { CaseLibraryLayout } from './CaseLibraryLayout.js';
import { CaseList } from './CaseList.js';

const { cases, facets } = filterCases(sampleCases, emptyCaseFilters, 'nb');

// The whole library with state in the URL is the "Case library" story and recipe; this shows
// the layout alone, with filters that do not change anything.
const meta = {
  title: 'Portal/CaseLibraryLayout',
  component: CaseLibraryLayout,
  args: {
    filters: <CaseFilters value={emptyCaseFilters} onChange={() => {}} facets={facets} />,
    children: <CaseList cases={cases.slice(0, 4)} pageSize={4} />,
  },
} satisfies Meta<typeof CaseLibraryLayout>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Filters beside the results from 48 rem, above them below that: decided in CSS. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('link').length).toBeGreaterThan(0);
  },
};
