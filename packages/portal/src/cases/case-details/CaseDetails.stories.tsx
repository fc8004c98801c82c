import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { edgeCases, sampleCases } from '../../sample-data/index.js';
import type { InnovationCase } from '../types.js';
import { CaseDetails } from './CaseDetails.js';

const byId = (id: string) => sampleCases.find((c) => c.id === id) as InnovationCase;

const meta = {
  title: 'Portal/Cases/CaseDetails',
  component: CaseDetails,
  args: { case: byId('bodo-bestill-buss'), hrefForLocale: (l) => `#/${l}/saker/bodo-bestill-buss` },
  decorators: [withoutNavigation],
} satisfies Meta<typeof CaseDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Every section filled in, in bokmål, with an English version: in nynorsk the notice says the
 * page is not in nynorsk and links to the versions that are.
 */
export const Complete: Story = {
  play: async ({ canvasElement }) => {
    const menu = within(canvasElement).getByRole('navigation');
    await expect(within(menu).getAllByRole('link')).toHaveLength(7);
  },
};

/**
 * A case in nynorsk with two sections left empty, which say "not yet described", and a lessons
 * section written in English that carries `lang="en"`.
 */
export const PartlyDescribed: Story = {
  args: { case: byId('voss-heimetenester'), hrefForLocale: undefined },
};

/** A case written in English. */
export const InEnglish: Story = {
  args: { case: byId('skatteetaten-forhandsutfylt'), hrefForLocale: (l) => `#/${l}/cases/tax` },
};

/** A case from before the page had sections: everything below the header is "not yet described". */
export const OnlyTheCard: Story = {
  args: { case: edgeCases.minimal, hrefForLocale: undefined },
};

/** Right-to-left content and a title with no spaces stay inside the page. */
export const HardContent: Story = {
  args: {
    case: { ...edgeCases.noSpaces, problem: edgeCases.rightToLeft.summary },
    hrefForLocale: undefined,
  },
};
