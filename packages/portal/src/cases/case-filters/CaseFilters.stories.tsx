import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { sampleCases } from '../../sample-data/index.js';
import { type CaseFilterValue, emptyCaseFilters, filterCases } from '../filter.js';
import { CaseFilters } from './CaseFilters.js';

function Controlled({
  initial,
  collapse,
}: {
  initial: CaseFilterValue;
  collapse?: 'narrow' | 'always';
}) {
  const [value, setValue] = useState(initial);
  const { facets, cases } = filterCases(sampleCases, value, 'nb');
  return (
    <div style={{ maxWidth: '22rem' }}>
      <CaseFilters value={value} onChange={setValue} facets={facets} collapse={collapse} />
      <output data-testid="count" hidden>
        {cases.length}
      </output>
    </div>
  );
}

const meta = {
  title: 'Portal/CaseFilters',
  component: CaseFilters,
  // The stories keep the value in state (`Controlled`), as a page does; `value` is the start.
  args: {
    value: emptyCaseFilters,
    onChange: () => {},
    facets: filterCases(sampleCases, emptyCaseFilters, 'nb').facets,
  },
  render: (args) => <Controlled initial={args.value} collapse={args.collapse} />,
} satisfies Meta<typeof CaseFilters>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const stage = canvas
      .getAllByRole('group')
      .find(
        (g) => g.tagName === 'FIELDSET' && g.querySelector('input[name="stage"]'),
      ) as HTMLElement;
    const box = within(stage).getAllByRole('checkbox')[0] as HTMLElement;
    box.focus();
    await userEvent.keyboard(' ');
    await expect(box).toBeChecked();
  },
};

/** Several filters chosen: each shows as a removable tag, with "Clear all". */
export const WithActiveFilters: Story = {
  parameters: { a11yTree: true },
  args: {
    value: {
      ...emptyCaseFilters,
      query: 'skule',
      countries: ['NO'],
      levels: ['regional'],
      stages: ['implementing'],
      yearFrom: 2020,
      yearTo: 2024,
    },
  },
};

/** A choice that leaves nothing: the chosen values stay listed with 0. */
export const NoMatches: Story = {
  args: { value: { ...emptyCaseFilters, countries: ['JP'], tags: ['finst ikkje'] } },
};

/** On a narrow screen (or with `collapse="always"`) the facets fold away behind "Show filters". */
export const Collapsed: Story = {
  args: { collapse: 'always' },
  play: async ({ canvasElement }) => {
    const first = canvasElement.querySelector('input[type="checkbox"]') as HTMLElement;
    await expect(first).not.toBeVisible();
    const summary = canvasElement.querySelector('summary') as HTMLElement;
    // user-event does not turn Enter on a summary into a click the way a browser does.
    await userEvent.click(summary);
    await waitFor(() => expect(first).toBeVisible());
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '20rem' }}>
        <Story />
      </div>
    ),
  ],
};
